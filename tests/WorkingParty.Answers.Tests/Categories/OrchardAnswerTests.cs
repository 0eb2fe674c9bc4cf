using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using static WorkingParty.Answers.Tests.Categories.OrchardMinutes;

namespace WorkingParty.Answers.Tests.Categories;

/// <summary>
/// A deadline's documents are those the reader gave it (the document presented earlier in its item when it was the
/// only one), none added when the reader gave none; a "do so" deadline asked by what it asks for.
/// </summary>
public class DeadlineDocumentTests
{
    private readonly QuestionAnswerer _answerer = new([October()], new NoScheduleChanges());

    private DeadlinesAnswer Ask(string question) => Assert.IsType<DeadlinesAnswer>(_answerer.Answer(question, Today));

    [Fact]
    public void A_deadline_shows_the_document_its_reader_took_from_earlier_in_its_item() =>
        Assert.Equal(["13511/32"], Ask("when are the drafting suggestions due?").Deadlines.Single().Documents);

    [Fact]
    public void A_do_so_deadline_shows_the_document_its_item_presented()
    {
        var deadline = Ask("open deadlines?").Deadlines.Single(d => d.Date == new DateOnly(2032, 11, 5));
        Assert.Equal(["WK 9120/2032"], deadline.Documents);
    }

    [Fact]
    public void A_deadline_the_reader_gave_no_document_is_given_none_from_its_item()
    {
        var unsure = October() with { Deadlines = [.. October().Deadlines.Select(d => d with { Documents = [] })] };
        var answerer = new QuestionAnswerer([unsure], new NoScheduleChanges());

        var answer = Assert.IsType<DeadlinesAnswer>(answerer.Answer("when are the drafting suggestions due?", Today));

        Assert.Empty(answer.Deadlines.Single().Documents);
    }

    [Fact]
    public void A_do_so_deadline_is_found_by_what_the_item_presented() =>
        Assert.Equal([new DateOnly(2032, 11, 5)], Ask("by when should the replanting survey be returned?").Deadlines.Select(d => d.Date));
}

/// <summary>"What did X want added", "who wanted more time", "which MS never replied": the statement put otherwise, a footnote naming the delegations.</summary>
public class StatementWordingTests
{
    private readonly QuestionAnswerer _answerer = new([October()], new NoScheduleChanges());

    private Answer Ask(string question) => _answerer.Answer(question, Today);

    [Fact]
    public void Added_finds_what_a_delegation_asked_to_be_included() =>
        Assert.Contains("organic farming", Assert.IsType<ActorStatementsAnswer>(Ask("what did Sweden want added?")).Statements[0].Text);

    [Fact]
    public void Wanted_finds_who_asked_for_it() =>
        Assert.Equal(["PT delegation (Portugal)", "EL delegation (Greece)"], Assert.IsType<SpeakersAnswer>(Ask("who wanted flexibility?")).Actors);

    [Fact]
    public void A_footnote_names_the_delegations_it_lists() =>
        Assert.Equal(["BG delegation (Bulgaria)", "HR delegation (Croatia)", "RO delegation (Romania)"],
            Assert.IsType<SpeakersAnswer>(Ask("which MS never sent a reply to the survey?")).Actors);
}

/// <summary>Another body's meeting asked by its initials, the minutes writing it in full with a possessive.</summary>
public class EventInitialsTests
{
    private readonly QuestionAnswerer _answerer = new([October()], new NoScheduleChanges());

    [Fact]
    public void Initials_of_a_name_with_a_possessive_find_the_event() =>
        Assert.Contains("17 November 2032", Assert.IsType<PassagesAnswer>(_answerer.Answer("when is the SOM?", Today)).Passages[0].Text);
}

/// <summary>A date asked as a deadline that the minutes give as an event's: the event's sentence, not a deadline merely near it.</summary>
public class AimedEventTests
{
    private readonly QuestionAnswerer _answerer = new([October()], new NoScheduleChanges());

    [Theory]
    [InlineData("by when is a GA foreseen?")]
    [InlineData("by when does the presidency aim to get a GA?")]
    public void A_deadline_question_on_what_only_an_event_holds_quotes_the_event(string question) =>
        Assert.Contains("11 December 2032", Assert.IsType<PassagesAnswer>(_answerer.Answer(question, Today)).Passages[0].Text);
}

/// <summary>A topic asked "back on the agenda" when: the sentence that dates its return.</summary>
public class ReturnDateTests
{
    private readonly QuestionAnswerer _answerer = new([October()], new NoScheduleChanges());

    [Fact]
    public void When_a_topic_comes_back_is_the_sentence_dating_its_return() =>
        Assert.Contains("25 November 2032", Assert.IsType<PassagesAnswer>(_answerer.Answer("when does the replanting survey come back on the agenda?", Today)).Passages[0].Text);
}

/// <summary>The hours of a coming meeting, written in brackets after its date.</summary>
public class MeetingHoursTests
{
    private readonly QuestionAnswerer _answerer = new([October()], new NoScheduleChanges());

    [Fact]
    public void The_hours_are_shown_with_the_next_meeting() =>
        Assert.Contains("14.30-18.00", Assert.IsType<NextMeetingsAnswer>(_answerer.Answer("what time is the next meeting?", Today)).Dates.Single().Description);

    [Fact]
    public void When_a_meeting_starts_is_told_by_its_sentence() =>
        Assert.Contains("14.30-18.00", Assert.IsType<PassagesAnswer>(_answerer.Answer("at what time does the november meeting start?", Today)).Passages[0].Text);
}

/// <summary>Chat abbreviations of document words: "txt", "nr", "ref".</summary>
public class DocumentWordTests
{
    private readonly QuestionAnswerer _answerer = new([October()], new NoScheduleChanges());

    [Fact]
    public void Nr_is_a_number() =>
        Assert.Equal("WK 9120/2032", Assert.IsType<DocumentAnswer>(_answerer.Answer("survey doc nr?", Today)).Reference);

    [Fact]
    public void Ref_is_a_reference()
    {
        var answer = _answerer.Answer("what's the ref of the replanting survey?", Today);
        var shown = answer switch
        {
            DocumentAnswer d => d.Reference,
            AgendaItemAnswer a => string.Join(" ", a.Documents),
            PassagesAnswer p => string.Join(" ", p.Passages.Select(q => q.Text)),
            _ => answer.GetType().Name,
        };
        Assert.Contains("WK 9120/2032", shown);
    }

    [Fact]
    public void The_documents_of_the_last_meeting_are_its_items_documents() =>
        Assert.Contains("13511/32", Assert.IsType<AgendaAnswer>(_answerer.Answer("what documents were on the table at the last meeting?", Today)).Items
            .SelectMany(i => i.Documents));

    [Fact]
    public void Txt_is_a_text() =>
        Assert.Equal("13511/32", Assert.IsType<DocumentAnswer>(_answerer.Answer("which residue txt was on the table?", Today)).Reference);
}
