using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// The document a deadline concerns: never the minutes' own number (a page footer glued to the sentence), and, when the
/// sentence names none, the only document its item has named before it (several: none, not the one of the sentence before).
/// </summary>
public class DeadlineDocumentTests
{
    private const string Header = "Brussels, 14 March 2036\n(OR. en)\n7719/36\nOUTCOME OF PROCEEDINGS\nOn: 5 March 2036\nTo: Delegations\nSubject: Committee on Inland Navigation Statistics (CINS)\n\n";

    private static IReadOnlyList<string> Documents(string item) =>
        Assert.Single(Read($"{Header}1. Barge counts\n\nThe Commission presented its methodology.\n\n2. Lock inventory\n\n{item}").Deadlines).Documents;

    [Fact]
    public void The_minutes_own_number_glued_to_a_deadline_is_not_its_document()
    {
        var documents = Documents("The Presidency presented the lock questionnaire (WK 3321/2036). Delegations were invited to send replies by 20 March (7719/36).");

        Assert.Equal(["WK 3321/2036"], documents);
    }

    [Fact]
    public void A_deadline_naming_no_document_concerns_the_only_one_its_item_named()
    {
        var documents = Documents("The Presidency presented its draft guidelines (doc. 6120/36). Several delegations raised concerns about lock sizes. Delegations were asked for drafting proposals by 20 March.");

        Assert.Equal(["6120/36"], documents);
    }

    [Fact]
    public void A_deadline_naming_no_document_after_two_concerns_none_of_them()
    {
        var documents = Documents("The Commission presented documents 6120/36 and 6121/36. Delegations were asked for drafting proposals by 20 March.");

        Assert.Empty(documents);
    }

    [Fact]
    public void A_deadline_naming_no_document_concerns_none_though_the_sentence_before_names_one_of_several()
    {
        var documents = Documents("The Presidency presented the compromise (doc. 6120/36). The annex on lock fees (doc. 6121/36) was also discussed. Delegations were invited to comment on the annex by 20 March.");

        Assert.Empty(documents);
    }
}
