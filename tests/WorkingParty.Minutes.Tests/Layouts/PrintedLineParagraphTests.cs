using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>Documents whose every printed line became a paragraph (DOCX or PDF made from hard-wrapped text): sentences,
/// titles and the Subject carried over the breaks that cut them.</summary>
public class PrintedLineParagraphTests
{
    /// <summary>Every line its own paragraph, as Word gives them.</summary>
    private static Meeting Read(params string[] lines)
    {
        return Extraction.ParsedMinutes.Read(string.Join("\n\n", lines), "minutes.docx");
    }

    private static readonly string[] Header =
    [
        "Brussels, 12 March 2025", "OUTCOME OF PROCEEDINGS", "From: General Secretariat of the Council", "On: 4 March 2025",
        "To: Delegations", "Subject: Summary of discussions of the Working Party on", "Shipping held on 4 March 2025",
    ];

    [Fact]
    public void A_sentence_cut_after_a_word_no_sentence_ends_on_or_a_colon_goes_on()
    {
        var m = Read([.. Header,
            "1. Work programme",
            "The Presidency invited delegations to send their comments on the draft to the",
            "Presidency by 12 March 2025.",
            "The Presidency informed delegations that the next meetings are planned for 2025:",
            "8 April, 22 April and 6 May."]);

        Assert.Equal([D("2025-03-12")], m.Deadlines.Select(d => d.Date));
        Assert.Equal([D("2025-04-08"), D("2025-04-22"), D("2025-05-06")], m.Events.Where(e => e.Kind == EventKind.NextMeeting).Select(e => e.Date));
    }

    [Fact]
    public void A_line_that_fills_the_width_goes_on_in_the_next_paragraph_whatever_its_first_letter()
    {
        var m = Read([.. Header,
            "1. Ship recycling",
            "The Commission presented the state of play of the European list of ship recycling facilities and the",
            "planned updates. Several delegations welcomed the list and asked for the inclusion of more yards in",
            "Türkiye and India. The Presidency invited delegations to send their comments on the draft update to the General",
            "Secretariat by 14 March 2025. The Commission recalled that the updated list would be adopted by the Committee",
            "Members in the spring. Delegations supported the approach of the Commission on the list of facilities",
            "Overall. The working party took note."]);

        Assert.Equal([D("2025-03-14")], m.Deadlines.Select(d => d.Date));
        Assert.Single(m.Items[0].Paragraphs);
    }

    [Fact]
    public void A_title_and_a_subject_cut_by_a_break_go_on_over_it()
    {
        var m = Read([.. Header,
            "1. Proposal for a Regulation on electronic freight transport information and on",
            "the digital corridor (eFTI)",
            "The Commission presented the proposal.",
            "2. AOB",
            "Nothing was raised."]);

        Assert.Equal("Proposal for a Regulation on electronic freight transport information and on the digital corridor (eFTI)", m.Items[0].Title);
        Assert.Equal("Working Party on Shipping", m.Body);
    }

    [Fact]
    public void A_sentence_cut_after_a_bracketed_reference_goes_on_in_lower_case()
    {
        var m = Read([.. Header,
            "1. Ballast water convention",
            "The deadline for replies to the questionnaire on national ratification procedures (WK 3310/25)",
            "is 28 March.",
            "2. AOB",
            "Nothing was raised."]);

        Assert.Equal([D("2025-03-28")], m.Deadlines.Select(d => d.Date));
        Assert.Single(m.Items[0].Paragraphs);
    }

    [Fact]
    public void A_sentence_cut_before_a_quoted_word_goes_on()
    {
        var m = Read([.. Header,
            "1. Seafarers' working time",
            "The Maltese delegation stressed the role of collective agreements in defining a",
            "\"deck officer\"; MT entered a reservation on Article 6. The Commission took note."]);

        var sentence = Assert.Single(m.Items[0].Paragraphs).Sentences[0];
        Assert.EndsWith("reservation on Article 6.", sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_leaving_its_bracket_of_references_open_goes_on_into_the_paragraph_that_closes_it()
    {
        var m = Read([.. Header,
            "1. Proposal for a Regulation on the safety of inland locks (ST 6120/25 + ADD 1;",
            "COM(2025) 88 final)",
            "The Commission presented its proposal to delegations.",
            "2. Port reception facilities (ST 6300/25;",
            "The Presidency presented its note (WK 2210/2025) to delegations."]);

        Assert.Equal(["Proposal for a Regulation on the safety of inland locks (ST 6120/25 + ADD 1; COM(2025) 88 final)", "Port reception facilities (ST 6300/25;"],
            m.Items.Select(i => i.Title));
    }
}
