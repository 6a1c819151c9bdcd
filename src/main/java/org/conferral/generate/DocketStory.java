package org.conferral.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the entries of one invented civil case in docket order: opening papers, routine filings and
 * orders, and now and then a discovery dispute (motions to compel, for sanctions or for a protective
 * order, their briefing and the orders ruling on them, some denied for want of conferral, some ruled
 * together in one order). About 1 entry in 100 is a discovery motion or a ruling on one, as on real
 * district-court dockets; the text comes from templates written for this generator.
 */
final class DocketStory {
  private final SplittableRandom r;
  private final String judge;
  private final String magistrate;
  private final String plaintiff;
  private final String defendant;
  private final List<SyntheticEntry> out = new ArrayList<>();
  private LocalDate date;
  private int number;
  private final List<Integer> openMotions = new ArrayList<>();
  private final List<String> openKinds = new ArrayList<>();

  DocketStory(SplittableRandom r, LocalDate filed, String judge, String magistrate, String plaintiff,
      String defendant) {
    this.r = r;
    this.date = filed;
    this.judge = judge;
    this.magistrate = magistrate;
    this.plaintiff = plaintiff;
    this.defendant = defendant;
  }

  /** The case's entries, {@code size} of them. */
  List<SyntheticEntry> entries(int size) {
    add(
        "COMPLAINT against " + defendant + " (Filing fee $ 405, receipt number " + receipt()
            + ") filed by " + plaintiff + ". (Attachments: # 1 Civil Cover Sheet, # 2 Exhibit A)"
            + lawyer(),
        "Complaint", null);
    // Cases with a discovery fight: about 1 in 9, with one to three motions.
    boolean dispute = r.nextInt(9) == 0;
    int disputeAt = dispute ? 3 + r.nextInt(Math.max(1, size - 6)) : -1;
    while (out.size() < size) {
      if (out.size() == disputeAt) {
        dispute(size);
      } else if (!openMotions.isEmpty() && r.nextInt(6) == 0) {
        rule();
      } else {
        routine();
      }
    }
    return out.subList(0, size);
  }

  private void add(String text, String docDescription, String docText) {
    date = date.plusDays(r.nextInt(9));
    number += r.nextInt(25) == 0 ? 2 : 1; // stricken or sealed entries leave gaps
    out.add(new SyntheticEntry(number, date, text, docDescription, docText));
  }

  private void routine() {
    String p = r.nextBoolean() ? plaintiff : defendant;
    String d = us(date);
    int ref = Math.max(1, number - r.nextInt(Math.max(1, Math.min(number, 12))));
    switch (r.nextInt(30)) {
      case 0, 1 -> add("SUMMONS Issued as to " + defendant + ". (" + Names.clerk(r) + ")", "Summons", null);
      case 2, 3 -> add("NOTICE of Appearance by " + Names.person(r) + " on behalf of " + p + lawyer(), "Notice of Appearance", null);
      case 4 -> add("ANSWER to " + ref + " Complaint with Jury Demand by " + defendant + "." + lawyer(), "Answer to Complaint", null);
      case 5 -> add("CORPORATE DISCLOSURE STATEMENT by " + p + " identifying no parent corporation." + lawyer(), "Corporate Disclosure Statement", null);
      case 6 -> add("SCHEDULING ORDER: Discovery due by " + us(date.plusDays(180)) + ". Dispositive Motions due by " + us(date.plusDays(240)) + ". Jury Trial set for " + us(date.plusDays(400)) + " before Judge " + judge + ". Signed by Magistrate Judge " + magistrate + " on " + d + ". (" + Names.clerk(r) + ")", "Scheduling Order", null);
      case 7 -> add("Joint REPORT of Rule 26(f) Planning Meeting by " + plaintiff + ", " + defendant + ". The parties met and conferred by telephone on " + d + "." + lawyer(), "Report of Rule 26(f) Planning Meeting", null);
      case 8 -> add("MINUTE ENTRY for proceedings held before Magistrate Judge " + magistrate + ": Telephonic Status Conference held on " + d + ". (Court Reporter " + Names.person(r) + ") (" + Names.clerk(r) + ")", null, null);
      case 10 -> add("STIPULATION for Extension of Time to File Answer re " + ref + " Complaint by " + p + "." + lawyer(), "Stipulation", null);
      case 11 -> add("MOTION for Extension of Time to File Response/Reply as to " + ref + " MOTION by " + p + ". (Attachments: # 1 Proposed Order)" + lawyer(), "Motion for Extension of Time", null);
      case 12, 13 -> add("ORDER granting " + ref + " Motion for Extension of Time. Responses due by " + us(date.plusDays(21)) + ". Signed by Judge " + judge + " on " + d + ". (" + Names.clerk(r) + ")", "Order on Motion for Extension of Time", null);
      case 14 -> add("CERTIFICATE OF SERVICE by " + p + " re " + ref + " Order" + lawyer(), "Certificate of Service", null);
      case 15 -> add("NOTICE of Service of Discovery: First Set of Interrogatories and Requests for Production served on " + (p.equals(plaintiff) ? defendant : plaintiff) + "." + lawyer(), "Notice of Service", null);
      case 16 -> add("NOTICE of Deposition of " + Names.person(r) + " by " + p + "." + lawyer(), "Notice of Deposition", null);
      case 17 -> add("MOTION for Summary Judgment by " + p + ". Responses due by " + us(date.plusDays(21)) + " (Attachments: # 1 Memorandum in Support, # 2 Statement of Facts, # 3 Exhibit 1, # 4 Exhibit 2)" + lawyer(), "Motion for Summary Judgment", null);
      case 18 -> add("MEMORANDUM in Opposition re " + ref + " MOTION for Summary Judgment filed by " + p + "." + lawyer(), "Memorandum in Opposition", null);
      case 19 -> add("REPLY to Response to Motion re " + ref + " MOTION filed by " + p + "." + lawyer(), "Reply", null);
      case 20 -> add("TRANSCRIPT of Proceedings held on " + d + ", before Judge " + judge + ". Transcript may be viewed at the court public terminal. Redaction Request due " + us(date.plusDays(21)) + ". Release of Transcript Restriction set for " + us(date.plusDays(90)) + ". (" + Names.clerk(r) + ")", "Transcript", null);
      case 21 -> add("STIPULATED PROTECTIVE ORDER governing confidential information. Signed by Magistrate Judge " + magistrate + " on " + d + ". (" + Names.clerk(r) + ")", "Stipulated Protective Order", null);
      case 22 -> add("NOTICE of Change of Address by " + Names.person(r) + lawyer(), "Notice of Change of Address", null);
      case 23 -> add("MOTION to Withdraw as Attorney by " + Names.person(r) + " on behalf of " + p + "." + lawyer(), "Motion to Withdraw as Attorney", null);
      case 24 -> add("MOTION in Limine to exclude testimony of expert witness by " + p + "." + lawyer(), "Motion in Limine", null);
      case 25 -> add("ORDER REFERRING CASE to Magistrate Judge " + magistrate + " for discovery and pretrial management. Signed by Judge " + judge + " on " + d + ". (" + Names.clerk(r) + ")", "Order of Referral", null);
      case 26 -> add("TEXT ORDER: A settlement conference is set for " + us(date.plusDays(45)) + " before Magistrate Judge " + magistrate + ". Confidential settlement statements due one week before. (" + Names.clerk(r) + ")", null, null);
      case 27 -> add("", null, null);
      case 9, 28 -> add("Mail Returned as Undeliverable. Mail sent to " + p + ". (" + Names.clerk(r) + ")", null, null);
      default -> add("EXHIBIT LIST by " + p + "." + lawyer(), "Exhibit List", null);
    }
  }

  private void dispute(int size) {
    int motions = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0);
    for (int i = 0; i < motions && out.size() < size; i++) {
      String movant = r.nextBoolean() ? plaintiff : defendant;
      String kind;
      String text;
      switch (r.nextInt(10)) {
        case 0, 1, 2, 3, 4 -> {
          kind = "Motion to Compel";
          text = pickOf(
              "MOTION to Compel Discovery Responses by " + movant + ". (Attachments: # 1 Memorandum in Support, # 2 Exhibit A, # 3 Certificate of Conferral)",
              "MOTION to Compel Answers to Interrogatories and Production of Documents by " + movant + ". (Attachments: # 1 Exhibit, # 2 Proposed Order)",
              "Plaintiff's MOTION to Compel Deposition of " + Names.person(r) + " filed by " + movant + ".",
              "Emergency MOTION to Compel compliance with subpoena duces tecum by " + movant + ".");
        }
        case 5, 6, 7 -> {
          kind = "Motion for Sanctions";
          text = pickOf(
              "MOTION for Sanctions pursuant to Fed. R. Civ. P. 37 for failure to comply with discovery order by " + movant + ".",
              "MOTION for Sanctions and Attorney Fees for discovery abuses by " + movant + ". (Attachments: # 1 Declaration of counsel)");
        }
        default -> {
          kind = "Motion for Protective Order";
          text = pickOf(
              "MOTION for Protective Order to quash deposition notice by " + movant + ".",
              "Opposed MOTION for Protective Order limiting the scope of discovery by " + movant + ".");
        }
      }
      add(text + lawyer(), kind, null);
      openMotions.add(number);
      openKinds.add(kind);
      if (r.nextInt(3) > 0 && out.size() < size) {
        add("RESPONSE in Opposition re " + number + " " + kind.toUpperCase(java.util.Locale.ROOT)
            + " filed by " + (movant.equals(plaintiff) ? defendant : plaintiff) + "." + lawyer(),
            "Response in Opposition", null);
      }
    }
  }

  /** An order (or minute entry) ruling on one or several open discovery motions. */
  private void rule() {
    int n = openMotions.size() > 1 && r.nextInt(3) == 0 ? openMotions.size() : 1;
    String d = us(date);
    String signed = " Signed by Magistrate Judge " + magistrate + " on " + d + ". (" + Names.clerk(r) + ")";
    if (n > 1) {
      StringBuilder b = new StringBuilder("ORDER ");
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : "; ")
            .append(pickOf("granting ", "denying ", "granting in part and denying in part ", "finding as moot "))
            .append(openMotions.get(i)).append(' ').append(openKinds.get(i));
      }
      add(b.append('.').append(signed).toString(), "Order on Motions", fullText(openKinds.get(0), false));
      openMotions.clear();
      openKinds.clear();
      return;
    }
    int m = openMotions.remove(0);
    String kind = openKinds.remove(0);
    switch (r.nextInt(12)) {
      case 0, 1, 2 -> add("ORDER granting " + m + " " + kind + ". Responses shall be served within 14 days." + signed, "Order on " + kind, null);
      case 3, 4 -> add("ORDER denying " + m + " " + kind + "." + signed, "Order on " + kind, null);
      case 5 -> add("ORDER granting in part and denying in part " + m + " " + kind + ". See Order for details." + signed, "Order on " + kind, null);
      case 6 -> add(pickOf(
          "ORDER denying without prejudice " + m + " " + kind + " for failure to comply with the meet-and-confer requirement of Local Rule 37.1. Counsel shall confer in good faith before any renewed motion." + signed,
          "TEXT ORDER: The Court DENIES " + m + " " + kind + ". The motion lacks the certification required by Fed. R. Civ. P. 37(a)(1) that the movant in good faith conferred or attempted to confer with the opposing party." + signed,
          "ORDER striking " + m + " " + kind + " because the parties did not meet and confer as required before filing." + signed),
          "Order on " + kind, null);
      case 7 -> add("MEMORANDUM AND ORDER on " + m + " " + kind + "." + signed, "Memorandum and Order", fullText(kind, true));
      case 8 -> add("MEMORANDUM AND ORDER on " + m + " " + kind + "." + signed, "Memorandum and Order", fullText(kind, false));
      case 9 -> add("MINUTE ENTRY for Discovery Hearing held before Magistrate Judge " + magistrate + " on " + d + ". " + m + " " + kind + " is GRANTED in part as stated on the record. (" + Names.clerk(r) + ")", null, null);
      case 10 -> add("ORDER finding as moot " + m + " " + kind + " in light of the parties' stipulation." + signed, "Order on " + kind, null);
      default -> add("ORDER: The Court has reviewed " + m + " " + kind + " and the response. The motion is GRANTED." + signed, "Order on " + kind, null);
    }
  }

  /** The full text of a written order on a discovery motion; {@code conferral} decides its outcome. */
  private String fullText(String kind, boolean conferral) {
    StringBuilder b = new StringBuilder();
    b.append("UNITED STATES DISTRICT COURT\n\n").append(plaintiff).append(", Plaintiff,\nv.\n")
        .append(defendant).append(", Defendant.\n\nMEMORANDUM AND ORDER\n\n")
        .append("This matter comes before the Court on the ").append(kind)
        .append(". The Court has considered the motion, the response in opposition and the reply, and")
        .append(" is fully advised.\n\nI. Background\n\nThe movant served interrogatories and requests")
        .append(" for production. The opposing party objected that the requests were overly broad and")
        .append(" unduly burdensome and produced a limited set of documents.\n\nII. Discussion\n\n");
    if (conferral) {
      b.append("Rule 37(a)(1) requires that a motion to compel include a certification that the movant")
          .append(" has in good faith conferred or attempted to confer with the person or party failing")
          .append(" to make disclosure or discovery. A single email sent the evening before filing is")
          .append(" not a good-faith attempt to confer. Because the movant did not meet and confer as")
          .append(" the rule and the local rules require, the Court will not reach the merits.\n\n")
          .append("IT IS THEREFORE ORDERED that the ").append(kind)
          .append(" is DENIED without prejudice. The parties shall meet and confer in person or by")
          .append(" telephone within fourteen days.\n");
    } else {
      b.append("The requests seek information relevant to the claims and proportional to the needs of")
          .append(" the case. The objections are boilerplate and do not show how each request is")
          .append(" burdensome. The parties conferred by telephone but could not resolve the dispute.")
          .append("\n\nIT IS THEREFORE ORDERED that the ").append(kind)
          .append(" is GRANTED. Supplemental responses shall be served within twenty-one days.\n");
    }
    return b.append("\nIT IS SO ORDERED.\n\n").append(magistrate).append("\nUnited States Magistrate Judge\n").toString();
  }

  private String lawyer() {
    return " (" + Names.pick(r, Names.SURNAMES) + ", " + Names.pick(r, Names.GIVEN) + ")";
  }

  private String receipt() {
    return String.format("%04d-%07d", 1000 + r.nextInt(9000), r.nextInt(10_000_000));
  }

  private String pickOf(String... options) {
    return options[r.nextInt(options.length)];
  }

  private static String us(LocalDate d) {
    return d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
  }
}
