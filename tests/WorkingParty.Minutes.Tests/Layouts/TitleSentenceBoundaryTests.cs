using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Layouts;

/// <summary>
/// Where a title ends and the body starts when a stop stands near it: "v." between the parties of a case is no stop.
/// </summary>
public class TitleSentenceBoundaryTests
{
    private const string Header = "Brussels, 14 November 2031\nOUTCOME OF PROCEEDINGS\nOn: 4 November 2031\nTo: Delegations\n" +
        "Subject: Working Party on Civil Law Matters (Jurisdiction)\n\n";

    [Fact]
    public void A_case_name_with_v_between_its_parties_stays_in_the_title()
    {
        var m = Read(string.Join("\n\n", "Brussels, 14 November 2031", "OUTCOME OF PROCEEDINGS", "On: 4 November 2031", "To: Delegations",
            "Subject: Working Party on Civil Law Matters (Jurisdiction)", "1.  Adoption of the agenda", "The agenda set out in CM 4120/31 was adopted.",
            "2.  Follow-up to the judgment of the Court of Justice of 3 May 2031", "(The Kingdom of Northland v. The Republic of Eastland)",
            "The Commission recalled the main findings of the judgment on the recognition of decisions given on",
            "8 April 2030 and presented a note on possible follow-up (doc. 12044/31).",
            "Several delegations asked for more time to consult their central authorities before the next meeting.",
            "3.  AOB", "Nothing was raised."));

        Assert.Equal("Follow-up to the judgment of the Court of Justice of 3 May 2031 (The Kingdom of Northland v. The Republic of Eastland)", m.Items[1].Title);
    }

    [Fact]
    public void V_between_the_parties_of_a_case_ends_no_sentence()
    {
        var m = Read(Header + "1. Judgments of the Court\nThe Commission presented the judgment in Northland v. Eastland on the service of documents. DE asked for a note.\n\n2. AOB\nNothing was raised.");

        Assert.Equal(["The Commission presented the judgment in Northland v. Eastland on the service of documents.", "DE asked for a note."],
            m.Items[0].Paragraphs[0].Sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_sentence_whose_subject_starts_in_lower_case_after_the_title_is_the_body()
    {
        var m = Read(Header + "1. Adoption of the agenda\nThe agenda was adopted.\n\n" +
                     "2. Visa Information System - state of play\neu-LISA presented the results of the latest interoperability tests. The Commission\n" +
                     "stressed that all Member States had to be ready by the end of the year.\n\n3. AOB\nNothing was raised.");

        Assert.Equal("Visa Information System - state of play", m.Items[1].Title);
        Assert.StartsWith("eu-LISA presented", m.Items[1].Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_flattened_text_a_sentence_ending_on_the_next_items_number_does_not_start_that_item()
    {
        var m = Read(string.Join("   ", "Council of the European Union", "Brussels, 20 March 2031", "WK 3120/2031", "MEETING DOCUMENT",
            "From: General Secretariat of the Council", "To: Working Party on Public Health", "Subject: Summary of the meeting of the Working Party on Public Health held on 10 March 2031") +
            "   1.  Adoption of the agenda   The agenda was adopted without changes." +
            "   2.     Draft Council conclusions on the health workforce    The Presidency presented its first draft. Several delegations asked for a stronger link with objective 3." +
            "   Delegations were invited to send written comments by 17.03.2031 COB. A revised text would follow." +
            "   3.     Pharmaceutical strategy: state of play of the flagship actions    The Commission presented the state of play of the twelve flagship actions and asked delegations for their views." +
            "   4.   AOB   Nothing was raised.");

        Assert.Equal(["Adoption of the agenda", "Draft Council conclusions on the health workforce", "Pharmaceutical strategy: state of play of the flagship actions", "AOB"],
            m.Items.Select(i => i.Title));
    }
}
