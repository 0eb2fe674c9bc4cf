using System.Text.Json;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests.Evaluation.Blind;

/// <summary>questions.json as FORMAT.md shows it reads into the harness's model, and the document-level checks compare as documented.</summary>
public class BlindFormatTests
{
    private const string Example = """
        {
          "writer": "writer-1",
          "documents": [
            {
              "file": "01-wp-telecom-2021-03.pdf", "shape": "pdf",
              "body": "Working Party on Telecommunications and Information Society", "bodyShortNames": ["Telecom WP"],
              "meetingDate": "2021-03-04", "meetingEndDate": null, "issueDate": "2021-03-11", "documentNumber": "6781/21",
              "kind": "OUTCOME OF PROCEEDINGS", "itemTitles": ["Adoption of the agenda", "Proposal for a Regulation on ...", "AOB"],
              "questions": [
                { "question": "when's the next telecom WP?", "today": "2021-03-15", "answerable": true,
                  "mustContain": ["2021-04-08"], "mustNotContain": ["2021-03-11"] },
                { "question": "did anyone mention the budget for 2030?", "today": "2021-03-15", "answerable": false, "mustNotContain": [] }
              ]
            }
          ],
          "libraryQuestions": [
            { "question": "when did the telecom WP last meet?", "today": "2021-05-02", "answerable": true, "mustContain": ["2021-04-08"] }
          ]
        }
        """;

    [Fact]
    public void The_example_of_the_format_reads()
    {
        var set = JsonSerializer.Deserialize<BlindWriterSet>(Example, JsonSerializerOptions.Web)!;

        var document = Assert.Single(set.Documents);
        Assert.Equal((new DateOnly(2021, 3, 4), (DateOnly?)null, (DateOnly?)new DateOnly(2021, 3, 11)), (document.MeetingDate, document.MeetingEndDate, document.IssueDate));
        Assert.Equal(["2021-04-08"], document.Questions[0].MustContain!);
        Assert.Equal(false, document.Questions[1].Answerable);
        Assert.True(document.Questions[1].HasFacts);
        Assert.Equal(new DateOnly(2021, 5, 2), Assert.Single(set.LibraryQuestions!).Today);
    }

    [Fact]
    public void Header_facts_compare_by_core_number_and_loosely()
    {
        var set = JsonSerializer.Deserialize<BlindWriterSet>(Example, JsonSerializerOptions.Web)!;
        var meeting = new Meeting("m", "Telecom WP", new(2021, 3, 4), false, "", "01.pdf",
            [Item(1, "Adoption of  the Agenda"), Item(2, "Proposal for a Regulation on"), Item(3, "AOB")], [], [])
        {
            Header = DocumentHeader.None with { IssueDate = new(2021, 3, 11), DocumentNumber = "ST 6781/2021 INIT", Kind = "Outcome of proceedings" },
        };

        var checks = HeaderCheck.Check(set.Documents[0], meeting).ToDictionary(c => c.Field, c => c.Right);

        Assert.Equal(HeaderCheck.Fields, checks.Keys);
        Assert.All(checks, c => Assert.True(c.Value, c.Key));
        Assert.False(HeaderCheck.Check(set.Documents[0], meeting with { Date = new(2021, 3, 11) }).First().Right);
    }

    [Fact]
    public void Item_titles_compare_with_dashes_folded_and_a_cut_title_is_not_right()
    {
        var document = new BlindDocument("01.txt", "lines", "Working Party on Shipping", null, new(2021, 3, 4), null, null, null, null,
            ["Adoption of the agenda", "Ship recycling \u2013 state of play", "Proposal for a Regulation amending Regulation (EC) No 1234/2031 on port State control"], []);
        Meeting Read(params string[] titles) => new("m", "Working Party on Shipping", new(2021, 3, 4), false, "", "01.txt",
            [.. titles.Select((t, i) => Item(i + 1, t))], [], []);

        Assert.True(TitlesRight(document, Read("Adoption of the agenda", "Ship recycling - state of play", "Proposal for a Regulation amending Regulation (EC) No 1234/2031 on port State control")));
        Assert.False(TitlesRight(document, Read("Adoption of the agenda", "Ship recycling - state of play", "Proposal for a Regulation amending Regulation (EC)")));
    }

    [Fact]
    public void Item_titles_compare_with_typographic_quotes_folded_as_the_reader_folds_them()
    {
        var document = new BlindDocument("01.txt", "lines", "Working Party on Shipping", null, new(2021, 3, 4), null, null, null, null,
            ["Adoption of the agenda", "Proposal for a Directive on the Member States\u2019 \u201cblue ports\u201d"], []);
        Meeting Read(params string[] titles) => new("m", "Working Party on Shipping", new(2021, 3, 4), false, "", "01.txt",
            [.. titles.Select((t, i) => Item(i + 1, t))], [], []);

        Assert.True(TitlesRight(document, Read("Adoption of the agenda", "Proposal for a Directive on the Member States' \"blue ports\"")));
        Assert.False(TitlesRight(document, Read("Adoption of the agenda", "Proposal for a Directive on the Member States")));
    }

    [Fact]
    public void Item_titles_compare_with_or_without_a_closing_bracket_of_document_references()
    {
        var document = new BlindDocument("01.txt", "lines", "Working Party on Shipping", null, new(2021, 3, 4), null, null, null, null,
            ["Adoption of the agenda", "Proposal for a Regulation amending Regulation (EC) No 1234/2031 on port State control"], []);
        var cited = new BlindDocument("02.txt", "lines", "Working Party on Shipping", null, new(2021, 3, 4), null, null, null, null,
            ["Adoption of the agenda", "Proposal for a Regulation on ship recycling (doc. 8120/31 MAR 44 - COM(2031) 118 final)"], []);
        Meeting Read(params string[] titles) => new("m", "Working Party on Shipping", new(2021, 3, 4), false, "", "01.txt",
            [.. titles.Select((t, i) => Item(i + 1, t))], [], []);

        Assert.True(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation amending Regulation (EC) No 1234/2031 on port State control (doc. 14402/31 MAR 102 CODEC 1733)")));
        Assert.True(TitlesRight(cited, Read("Adoption of the agenda", "Proposal for a Regulation on ship recycling")));
        Assert.False(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation amending Regulation (EC) No 1234/2031 (doc. 14402/31 MAR 102 CODEC 1733)")));
    }

    [Fact]
    public void Item_titles_compare_with_or_without_closing_document_references_in_no_bracket()
    {
        var document = new BlindDocument("01.txt", "lines", "Working Party on Shipping", null, new(2021, 3, 4), null, null, null, null,
            ["Adoption of the agenda", "Proposal for a Regulation on ship recycling - doc. 8120/31 MAR 44 - COM(2031) 118 final"], []);
        Meeting Read(params string[] titles) => new("m", "Working Party on Shipping", new(2021, 3, 4), false, "", "01.txt",
            [.. titles.Select((t, i) => Item(i + 1, t))], [], []);

        Assert.True(TitlesRight(document, Read("Adoption of the agenda", "Proposal for a Regulation on ship recycling")));
        Assert.True(TitlesRight(document, Read("Adoption of the agenda", "Proposal for a Regulation on ship recycling doc. 8120/31 MAR 44 - COM(2031) 118 final")));
        Assert.False(TitlesRight(document, Read("Adoption of the agenda", "Proposal for a Regulation on ship")));
    }

    [Fact]
    public void Item_titles_compare_with_or_without_closing_references_in_square_brackets_or_with_their_filing_codes()
    {
        var document = new BlindDocument("01.txt", "lines", "Working Party on Shipping", null, new(2021, 3, 4), null, null, null, null,
            ["Adoption of the agenda", "Proposal for a Regulation on ship recycling", "Port reception facilities"], []);
        Meeting Read(params string[] titles) => new("m", "Working Party on Shipping", new(2021, 3, 4), false, "", "01.txt",
            [.. titles.Select((t, i) => Item(i + 1, t))], [], []);

        Assert.True(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation on ship recycling [doc. 8120/31 MAR 44 CODEC 91 - COM(2031) 118 final]",
            "Port reception facilities 6120/31 MAR 12 ENV 40")));
        Assert.False(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation on ship [doc. 8120/31 MAR 44]", "Port reception facilities 6120/31 MAR 12 ENV 40")));
        Assert.False(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation on ship recycling [costs and phasing]", "Port reception facilities")));
    }

    [Fact]
    public void Item_titles_compare_with_or_without_a_closing_bracket_of_the_day_the_item_was_taken()
    {
        var document = new BlindDocument("01.txt", "lines", "Working Party on Shipping", null, new(2021, 3, 4), null, null, null, null,
            ["Adoption of the agenda", "Proposal for a Regulation on ship recycling – Chapter II (Articles 5 to 9)", "Port reception facilities (5 March)"], []);
        Meeting Read(params string[] titles) => new("m", "Working Party on Shipping", new(2021, 3, 4), false, "", "01.txt",
            [.. titles.Select((t, i) => Item(i + 1, t))], [], []);

        Assert.True(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation on ship recycling – Chapter II (Articles 5 to 9) (4 March 2021)", "Port reception facilities")));
        Assert.True(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation on ship recycling – Chapter II (Articles 5 to 9) (Thursday 4 March)", "Port reception facilities (5 March)")));
        Assert.False(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation on ship recycling (4 March 2021)", "Port reception facilities")));
    }

    [Fact]
    public void A_closing_bracket_that_starts_with_a_bare_document_number_is_one_of_document_references()
    {
        var document = new BlindDocument("01.txt", "lines", "Working Party on Shipping", null, new(2021, 3, 4), null, null, null, null,
            ["Adoption of the agenda", "Proposal for a Regulation amending Regulation (EC) No 1234/2031 on port State control"], []);
        Meeting Read(params string[] titles) => new("m", "Working Party on Shipping", new(2021, 3, 4), false, "", "01.txt",
            [.. titles.Select((t, i) => Item(i + 1, t))], [], []);

        Assert.True(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation amending Regulation (EC) No 1234/2031 on port State control (14402/31 MAR 102 CODEC 1733)")));
        Assert.False(TitlesRight(document, Read("Adoption of the agenda",
            "Proposal for a Regulation amending Regulation (EC) No 1234/2031 on port State control (2031-2037 envelope)")));
    }

    [Fact]
    public void A_joint_meeting_is_the_right_body_when_the_bodies_are_read_without_the_words_joint_meeting_of()
    {
        var document = new BlindDocument("01.txt", "lines", "Joint meeting of the Working Party on Shipping and the Working Party on Ports", null,
            new(2021, 3, 4), null, null, null, null, null, []);
        Meeting Read(string body) => new("m", body, new(2021, 3, 4), false, "", "01.txt", [], [], []);

        Assert.True(BodyRight(document, Read("Working Party on Shipping and the Working Party on Ports")));
        Assert.True(BodyRight(document, Read("Working Party on Shipping and Working Party on Ports")));
        Assert.False(BodyRight(document, Read("Working Party on Ports")));
        Assert.False(BodyRight(document, Read("Working Party on Shipping and Working Party on Harbours")));
    }

    [Fact]
    public void A_joint_meeting_is_the_right_body_when_the_bodies_are_read_without_a_closing_joint_meeting_note()
    {
        var document = new BlindDocument("01.txt", "lines", "Shipping Working Party and Working Party on Ports (joint meeting)", null,
            new(2021, 3, 4), null, null, null, null, null, []);
        Meeting Read(string body) => new("m", body, new(2021, 3, 4), false, "", "01.txt", [], [], []);

        Assert.True(BodyRight(document, Read("Shipping Working Party and Working Party on Ports")));
        Assert.False(BodyRight(document, Read("Shipping Working Party")));
    }

    private static bool TitlesRight(BlindDocument document, Meeting meeting) =>
        HeaderCheck.Check(document, meeting).Single(c => c.Field == "item titles").Right;

    private static bool BodyRight(BlindDocument document, Meeting meeting) =>
        HeaderCheck.Check(document, meeting).Single(c => c.Field == "body").Right;

    private static AgendaItem Item(int number, string title) => new(number, title, [], [], [], []);
}
