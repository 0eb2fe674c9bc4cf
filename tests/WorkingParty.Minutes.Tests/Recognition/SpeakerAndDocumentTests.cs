using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Recognition;

/// <summary>Speakers whatever their verb (the past, a modal, or one of intent in the present: "intends", "considers"), national bodies, associated states, the opener of a clause after a semicolon and IT in a list of codes; document
/// numbers written "ST 7421 2025 REV 1".</summary>
public class SpeakerAndDocumentTests
{
    private static AgendaItem Item(string body) =>
        Read($"Brussels, 14 May 2025\nOUTCOME OF PROCEEDINGS\nOn: 6 May 2025\nTo: Delegations\nSubject: Working Party on Shipping\n\n1. Port levy\n\n{body}").Items[0];

    [Theory]
    [InlineData("Malta maintained its scrutiny reservation on Article 4.", "MT")]
    [InlineData("The Danish delegation warned against a levy on transhipment.", "DK")]
    [InlineData("The Maltese Transport Agency considered the threshold too low.", "MT")]
    [InlineData("Norway could accept the compromise.", "NO")]
    [InlineData("The Chair intends to close the file with the Parliament by the end of May.", "Presidency")]
    [InlineData("Finland considers the threshold too low for island ports.", "FI")]
    [InlineData("The Slovak delegation prefers a longer transition with the Parliament.", "SK")]
    public void The_actor_before_the_first_verb_speaks(string sentence, string speaker)
    {
        var statement = Assert.Single(Item(sentence).Paragraphs.SelectMany(p => p.Sentences));
        Assert.Equal([speaker], statement.Actors);
    }

    [Fact]
    public void An_actor_opening_a_clause_after_a_semicolon_speaks()
    {
        var statement = Assert.Single(Item("Ireland proposed a ceiling of ten vessels; the Portuguese delegation preferred a ceiling based on tonnage.")
            .Paragraphs.SelectMany(p => p.Sentences));
        Assert.Equal(["IE", "PT"], statement.Actors);
    }

    [Fact]
    public void An_irregular_past_verb_ends_the_speakers_of_its_clause()
    {
        var statement = Assert.Single(Item("Cyprus wanted a longer transition; the Irish delegation found it too long.")
            .Paragraphs.SelectMany(p => p.Sentences));
        Assert.Equal(["CY", "IE"], statement.Actors);
    }

    [Fact]
    public void IT_in_a_list_of_codes_is_Italy()
    {
        Assert.Equal(["EE", "IT", "SE"], Item("EE, IT and SE supported the text.").Actors);
    }

    [Theory]
    [InlineData("The Presidency presented ST 7421 2025 REV 1 on the levy.", "ST 7421/2025 REV 1")]
    [InlineData("The Presidency presented ST 7421 2025 INIT on the levy.", "ST 7421/2025")]
    public void A_document_number_written_with_spaces_is_read(string sentence, string document)
    {
        Assert.Equal([document], Item(sentence).Documents);
    }
}
