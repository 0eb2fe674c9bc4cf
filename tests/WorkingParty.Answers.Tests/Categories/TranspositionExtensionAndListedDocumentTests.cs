using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.InventedMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A question about transposing gets the date Member States were required to transpose by, not a request to report on
/// the transposition; a deadline extended from a part of a month is open on its new day beside a public consultation;
/// and of references cited together after a list of as many names, the one in the place of the name asked for is the
/// document, while a list that does not match them in number is quoted, not read as its first reference.
/// </summary>
public class TranspositionExtensionAndListedDocumentTests
{
    private const string Minutes = "Brussels, 20 March 2030\nOUTCOME OF PROCEEDINGS\nOn: 14 March 2030\nTo: Working Party on Postal Services\nSubject: Summary of discussions\n\n" +
        "1. Adoption of the agenda\n\nThe agenda was adopted.\n\n" +
        "2. Directive on parcel locker access\n\n" +
        "The Presidency recalled that Member States were required to transpose the Directive on parcel locker access by 31 October 2030 and presented an overview of the state of play. " +
        "Several delegations reported delays. Delegations were asked to provide the Presidency with updated information on the state of transposition by 9 April 2030.\n\n" +
        "3. Study on rural delivery\n\n" +
        "The Commission agreed to extend the deadline for returning the questionnaire on rural delivery, initially set for the end of March, to 24 April 2030. " +
        "The Commission also recalled its online consultation on the future of universal service, which will remain open until 16 May 2030.\n\n" +
        "4. Cooperation with third countries\n\n" +
        "a) Roadmaps\n\nThe Commission presented the draft cooperation roadmaps with Norway, Iceland and Serbia (docs 8210/30, 8211/30 and 8212/30). Delegations welcomed them.\n\n" +
        "b) Work plans\n\nThe Presidency presented the work plans with Moldova and Georgia (docs 8310/30, 8311/30 and 8312/30).\n\n" +
        "5. Postal fraud\n\nCion recalled that MS were obliged to transpose the Framework Decision on postal fraud by 15 December 2031. Delegations were asked to report on their transposing measures by 30 April 2030.\n\n" +
        "6. AOB\n\nThere was no other business.";

    private static readonly DateOnly Today = new(2030, 3, 22);

    private readonly QuestionAnswerer _answerer = new([Read(Minutes, "postal-2030-03.txt")], new NoScheduleChanges());

    [Theory]
    [InlineData("deadline to transpose the parcel locker directive?")]
    [InlineData("by when must the parcel locker directive be transposed?")]
    [InlineData("deadline to transpose the parcel locker dir?")]
    public void Transposing_asks_for_the_transposition_deadline(string question) =>
        Assert.Equal([new DateOnly(2030, 10, 31)], Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Today)).Deadlines.Select(d => d.Date));

    [Theory]
    [InlineData("transposition deadline of the postal fraud FD?")]
    [InlineData("until when do MS have to transpose the framework decision on postal fraud?")]
    public void A_framework_decision_is_transposed_by_its_deadline_not_by_the_report_on_it(string question) =>
        Assert.Equal([new DateOnly(2031, 12, 15)], Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Today)).Deadlines.Select(d => d.Date));

    [Fact]
    public void The_extended_deadline_is_open_on_its_new_day_beside_the_consultation()
    {
        var open = Assert.IsType<DeadlinesAnswer>(_answerer.Answer("what deadlines are still open?", Today)).Deadlines;

        Assert.Contains(open, d => d.Date == new DateOnly(2030, 4, 24) && d.FirstSet == "end of March");
        Assert.Contains(open, d => d.Date == new DateOnly(2030, 5, 16));
        Assert.DoesNotContain(open, d => d.Date == new DateOnly(2030, 3, 31));
    }

    [Theory]
    [InlineData("which doc is the Iceland roadmap?", "8211/30")]
    [InlineData("roadmap with Serbia document number?", "8212/30")]
    [InlineData("which doc is the draft roadmap with Norway?", "8210/30")]
    public void Of_references_cited_after_as_many_names_the_one_in_the_names_place_is_the_document(string question, string reference) =>
        Assert.Equal(reference, Assert.IsType<DocumentAnswer>(_answerer.Answer(question, Today)).Reference);

    [Fact]
    public void A_list_of_names_not_matching_the_references_in_number_is_quoted() =>
        Assert.IsNotType<DocumentAnswer>(_answerer.Answer("which doc is the Georgia work plan?", Today));
}
