package org.conferral.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Invented names of parties, lawyers, judges and clerks, and the courts they sit in. */
final class Names {
  private Names() {}

  /** District courts with rough weights by civil caseload (invented shares, in the real order). */
  static final List<String> COURTS =
      List.of(
          "nysd", "cacd", "ilnd", "txsd", "flsd", "njd", "paed", "nyed", "cand", "txnd", "flmd",
          "gand", "mad", "mied", "ohnd", "cod", "azd", "mnd", "mdd",
          "vaed", "moed", "wawd", "ksd", "nvd", "utd", "ord", "laed", "tnmd", "ncmd", "caed",
          "casd", "ctd", "ded", "dcd", "hid", "idd", "innd", "insd", "iand", "kyed", "kywd", "med",
          "msnd", "mtd", "ned", "nhd", "nmd", "nynd", "nywd", "okwd", "pawd", "rid", "scd", "sdd",
          "vtd", "wied", "wiwd", "wyd", "almd", "alnd", "ared", "arwd", "lamd", "lawd", "miwd",
          "mowd", "ncwd", "nced", "ohsd", "oked", "oknd", "pamd", "tned", "tnwd", "txed", "txwd",
          "vawd", "wvnd", "wvsd", "gamd", "gasd", "flnd", "ilcd", "ilsd", "akd", "ald", "mssd");

  static final List<String> SURNAMES =
      List.of(
          "Abernathy", "Baptiste", "Calloway", "Dunleavy", "Espinoza", "Fairbanks", "Gallagher",
          "Halvorsen", "Ibarra", "Jablonski", "Kessler", "Lindqvist", "Marchetti", "Nakamura",
          "Okafor", "Pettibone", "Quintero", "Rasmussen", "Szymanski", "Thibodeaux", "Underhill",
          "Villanueva", "Whitcombe", "Yarborough", "Zeller", "Ashworth", "Brennan", "Castellano",
          "Delacroix", "Ellsworth", "Fitzgerald", "Grimaldi", "Hollister", "Iverson", "Kowalczyk",
          "Lachance", "Montgomery", "Northcutt", "Oyelaran", "Prentiss", "Redmond", "Sorensen",
          "Trevino", "Vandermeer", "Wexler");

  static final List<String> GIVEN =
      List.of(
          "Alma", "Bernard", "Celeste", "Desmond", "Eleanor", "Franklin", "Gwendolyn", "Harlan",
          "Imogen", "Jasper", "Katrina", "Leopold", "Marisol", "Nathaniel", "Ophelia", "Percival",
          "Rosalind", "Sterling", "Theodora", "Ulysses", "Vivian", "Winston", "Yolanda", "Zachary");

  static final List<String> COMPANIES =
      List.of(
          "Northgate Logistics, Inc.", "Bluewater Marine Supply LLC", "Cardinal Freight Systems",
          "Hollow Creek Farms, Inc.", "Meridian Health Partners", "Pinecrest Insurance Company",
          "Summit Ridge Apartments LLC", "Ironwood Manufacturing Co.", "Lakeshore Credit Union",
          "Redfern Software Corp.", "Granite State Builders, Inc.", "Prairie Wind Energy LLC",
          "Silverline Transit Authority", "Copperfield Retail Group", "Eastbrook Medical Center",
          "Tidewater Shipping Co.", "Oakmont Property Management", "Keystone Staffing Services");

  static final List<String> NATURES =
      List.of(
          "Contract: Other", "Civil Rights: Employment", "Personal Injury: Other", "Labor: FLSA",
          "Insurance", "Civil Rights: Other", "Product Liability", "Intellectual Property: Patent",
          "Consumer Credit", "Prisoner: Civil Rights", "Real Property: Foreclosure",
          "ERISA", "Securities/Commodities", "Trademark", "Americans with Disabilities - Employment");

  static final List<String> CAUSES =
      List.of(
          "28:1332 Diversity-Breach of Contract", "42:2000e Job Discrimination (Employment)",
          "28:1441 Petition for Removal", "29:201 Fair Labor Standards Act",
          "42:1983 Civil Rights Act", "35:271 Patent Infringement", "15:1681 Fair Credit Reporting Act",
          "29:1132 E.R.I.S.A.-Employee Benefits", "15:1125 Trademark Infringement (Lanham Act)");

  static String person(SplittableRandom r) {
    return pick(r, GIVEN) + " " + (char) ('A' + r.nextInt(26)) + ". " + pick(r, SURNAMES);
  }

  static String party(SplittableRandom r) {
    return r.nextInt(3) == 0 ? pick(r, COMPANIES) : pick(r, GIVEN) + " " + pick(r, SURNAMES);
  }

  static String clerk(SplittableRandom r) {
    return "" + (char) ('a' + r.nextInt(26)) + (char) ('a' + r.nextInt(26)) + (char) ('a' + r.nextInt(26));
  }

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
