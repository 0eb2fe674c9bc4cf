using WorkingParty.Testing.Corpus.Layout;

namespace WorkingParty.Minutes.Tests.Reading;

/// <summary>
/// Two pages of invented minutes in the Council's layout: letterhead, kind, header rows, items and sub-items,
/// a footnote, the footer on every page, a running head from page 2, item 3 on a page of its own.
/// </summary>
public static class CouncilMinutesPdf
{
    public const string Presidency = "The Presidency presented its work programme^1 and informed delegations that the next meeting "
        + "would take place on 9 April 2024. Several delegations welcomed the programme and asked for more time on the quality reports.";

    public const string Footnote = "WK 3310/2024, circulated on 1 March 2024 to all delegations and to the Commission services concerned.";

    public static CouncilPdfBuilder Start(double baselineJitter = 0) =>
        new CouncilPdfBuilder { BaselineJitter = baselineJitter }
            .Footer("7412/24|KM/ab|{page}", "ECOFIN.2.B|LIMITE|EN")
            .RunningHead("7412/24|LIMITE|- {page} -")
            .Letterhead("14 March 2024", "7412/24", limite: true, "STAT 12", "ECOFIN 301")
            .Kind("OUTCOME OF PROCEEDINGS")
            .HeaderRow("From:", "General Secretariat of the Council")
            .HeaderRow("On:", "5 March 2024")
            .HeaderRow("To:", "Delegations")
            .HeaderRow("Subject:", "Summary of discussions of the Working Party on Statistics held on 5 March 2024 in Brussels, in the Justus Lipsius building");

    public static byte[] Build(double baselineJitter = 0) =>
        Start(baselineJitter)
            .Item("1.", "Adoption of the agenda")
            .Paragraph("The agenda was adopted as set out in CM 1702/24.")
            .Item("2.", "Information from the Presidency")
            .SubItem("a)", "Work programme of the Belgian Presidency")
            .Footnote("1", Footnote)
            .Paragraph(Presidency)
            .SubItem("b)", "Quality reporting")
            .Paragraph("Eurostat presented the state of play of quality reporting and recalled that the reports for the reference year 2023 were due by the end of June.")
            .PageBreak()
            .Item("3.", "European statistical programme 2025-2027: proposal for a regulation amending the programme and its financing")
            .Paragraph("The Commission presented its proposal. Delegations were invited to send written comments by 22 March 2024.")
            .IndentedParagraph("The Chair concluded that the Working Party would return to the proposal at its next meeting.")
            .IndentedParagraph("DE and FR entered scrutiny reservations.")
            .Item("4.", "AOB")
            .Paragraph("No points were raised under this item.")
            .Build();
}
