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

    private static AgendaItem Item(int number, string title) => new(number, title, [], [], [], []);
}
