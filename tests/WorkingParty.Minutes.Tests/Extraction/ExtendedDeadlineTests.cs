using WorkingParty.Minutes.Model;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>
/// A deadline extended in words the one-sentence patterns miss: the date first set told in the past perfect and the
/// new one in a later sentence ("that deadline has been extended to"), the date first set inside the deadline's subject
/// or after "extended from"; deadlines worded as what may be
/// commented until or what was due by; a far-off due date with its year written; and dates of a change told in the
/// past perfect, which are the such day nearest the meeting, not next year's. The verb may come first ("extended that
/// deadline to", "extended it to", "extended the deadline for replies from 12 March to", "agreed to extend this
/// deadline to"), the date first set may be named without a verb ("initially also 12 March"), the new date may be split
/// from its verb by a clause ("the deadline for replies on doc. N was extended, at the request of DK, to"), and a paper
/// announced "to be submitted no later than" a date is due then; a participle clause giving the date first set with no
/// adverb ("set at the previous meeting for 12 March") is no part of the subject either, as is what whoever wishes to act "should do so by".
/// </summary>
public class ExtendedDeadlineTests
{
    private const string Header = "Brussels, 14 March 2036\nOUTCOME OF PROCEEDINGS\nOn: 5 March 2036\nTo: Delegations\nSubject: Committee on Inland Navigation Statistics (CINS)\n\n";

    private static Meeting Minutes(string text) =>
        Read($"{Header}1. Barge counts\n\nThe Commission presented its methodology.\n\n2. Inventory of locks\n\n{text}");

    [Theory]
    [InlineData("The Presidency had initially asked for replies on the lock inventory by 12 March. Since DK and PT needed more time, the time limit was moved: replies are now expected by 26 March 2036.")]
    [InlineData("Replies on the lock inventory had at first been expected by 12 March; because several delegations asked for a delay, they will be accepted until 26 March.")]
    [InlineData("Since few replies had come in, the time limit first fixed for 12 March had been pushed to 26 March.")]
    [InlineData("The deadline for replies on the lock inventory, originally set at 12 March, has been extended to 26 March.")]
    [InlineData("At the request of DK, the deadline for replies on the lock inventory had been extended from 12 March to 26 March.")]
    [InlineData("The Presidency had initially asked delegations to send replies on doc. 8123/36 on the lock inventory by 12 March. At the request of HU and SK, the Chair extended that deadline to 26 March 2036.")]
    [InlineData("The Presidency had set 12 March as the deadline for replies on the lock inventory; at the request of DK and PT, it extended it to 26 March.")]
    [InlineData("At the request of several delegations, the Presidency extended the deadline for replies on the lock inventory from 12 March to 26 March.")]
    [InlineData("Delegations were invited to send replies on the lock inventory by 12 March. At the request of DK and PT, the Chair agreed to extend this deadline to 26 March.")]
    [InlineData("Delegations were invited to send replies on the lock inventory by 12 March; the Presidency decided to extend it to 26 March.")]
    [InlineData("The deadline for replies on the lock inventory, initially also 12 March, was extended to 26 March.")]
    [InlineData("At the request of DK, the deadline for replies on the lock inventory (originally 12 March) has been extended to 26 March.")]
    [InlineData("The deadline for replies on doc. 8123/36, initially set for 12 March, was extended, at the request of several MS, to 26 March 2036 at 12.00.")]
    [InlineData("Given the open questions, the Chair extended the deadline for replies on the lock inventory, initially set at 12 March, to 26 March 2036.")]
    [InlineData("Delegations were invited to send replies on the lock inventory by 12 March. At the request of DK, this deadline was subsequently extended to 26 March.")]
    [InlineData("Delegations were invited to send replies on the lock inventory by 12 March; that deadline has exceptionally been extended to 26 March.")]
    [InlineData("The Chair presented the inventory of locks and agreed, at the request of several delegations, to extend the deadline for replies on the lock inventory from 12 March to 26 March.")]
    [InlineData("The deadline for replies on the lock inventory, set at the previous meeting for 12 March, was extended to 26 March 2036 at the request of several delegations.")]
    [InlineData("The deadline for replies on the lock inventory, as fixed by the Chair for 12 March, was extended to 26 March 2036.")]
    [InlineData("The deadline of 12 March for replies on the lock inventory, fixed by the Chair in the invitation letter WK 8123/2036, was extended to 26 March 2036 at the request of HU and SK.")]
    public void An_extended_deadline_is_one_open_deadline_that_keeps_the_date_first_set_as_a_note(string text)
    {
        var m = Minutes(text);

        var deadline = Assert.Single(m.Deadlines);
        Assert.Equal(D("2036-03-26"), deadline.Date);
        Assert.Equal("12 March", deadline.FirstSet);
        Assert.Null(deadline.Doubt);
        Assert.DoesNotContain("12 March", deadline.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(m.Events, e => e.Date.Month == 3 && e.Date.Day == 12);
    }

    [Fact]
    public void An_extension_told_with_therefore_keeps_the_adverb_out_of_the_subject()
    {
        var deadline = Assert.Single(Minutes("The deadline for replies on the lock inventory, initially set at 12 March, was therefore extended to 26 March.").Deadlines);

        Assert.Equal((D("2036-03-26"), "12 March"), (deadline.Date, deadline.FirstSet));
        Assert.DoesNotContain("therefore", deadline.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("At the meeting of 20 January the deadline for replies on the lock inventory had been set at 27 February. Because of the strike, that deadline has been extended to 26 March 2036.")]
    [InlineData("The deadline for replies on the lock inventory had been fixed for 27 February. It was agreed that this deadline would be extended until 26 March.")]
    public void A_deadline_told_as_set_earlier_and_then_that_deadline_extended_is_one_open_deadline(string text)
    {
        var m = Minutes(text);

        var deadline = Assert.Single(m.Deadlines);
        Assert.Equal((D("2036-03-26"), "27 February"), (deadline.Date, deadline.FirstSet));
        Assert.Contains("lock inventory", deadline.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_told_as_set_earlier_is_the_day_nearest_the_meeting_with_no_doubt()
    {
        var deadline = Assert.Single(Minutes("The deadline for replies on the lock inventory had been set at 27 February.").Deadlines);

        Assert.Equal((D("2036-02-27"), (string?)null), (deadline.Date, deadline.Doubt));
    }

    [Fact]
    public void A_date_told_as_the_one_first_set_with_no_new_one_is_in_doubt()
    {
        var m = Minutes("Comments on the lock figures had originally been requested by 12 March.");

        var deadline = Assert.Single(m.Deadlines);
        Assert.NotNull(deadline.Doubt);
    }

    [Theory]
    [InlineData("Delegations may comment on the draft glossary of lock types until 20 March.")]
    [InlineData("The Chair reminded delegations that the national lock registers were due by 20 March.")]
    [InlineData("The Commission announced a note on the lock safety rules, to be submitted no later than 20 March.")]
    [InlineData("The WP endorsed the lock glossary. Delegations that want to propose further changes should do so at the latest by 20 March.")]
    [InlineData("Any delegation wishing to enter a scrutiny reservation on the lock glossary was asked to do so by 20 March.")]
    [InlineData("Delegations wishing to present their national lock glossaries may do so until 20 March.")]
    public void A_deadline_worded_as_what_may_be_commented_or_was_due_is_a_deadline(string text)
    {
        var deadline = Assert.Single(Minutes(text).Deadlines);

        Assert.Equal(D("2036-03-20"), deadline.Date);
    }

    [Theory]
    [InlineData("Delegations that want to propose further changes to the glossary should do so at the latest by 20 March.", "propose further changes to the glossary")]
    [InlineData("Any delegation wishing to enter a scrutiny reservation on the glossary was asked to do so by 20 March.", "enter a scrutiny reservation on the glossary")]
    public void What_whoever_wishes_to_do_should_do_so_by_a_date_is_the_deadline_s_subject(string text, string subject)
    {
        var deadline = Assert.Single(Minutes(text).Deadlines);

        Assert.Equal((D("2036-03-20"), subject), (deadline.Date, deadline.Subject));
    }

    [Fact]
    public void A_paper_someone_announced_is_due_from_them()
    {
        var deadline = Assert.Single(Minutes("Cion recalled its earlier study on lock tolls and announced a note on the lock safety rules, to be submitted no later than 20 March.").Deadlines);

        Assert.Equal(("Cion", "note on the lock safety rules"), (deadline.RequestedFrom, deadline.Subject));
    }

    [Fact]
    public void A_far_off_due_date_with_its_year_written_is_not_in_doubt()
    {
        var deadline = Assert.Single(Minutes("Member States are to notify their measures transposing the lock safety directive by 30.06.2038.").Deadlines);

        Assert.Equal((D("2038-06-30"), (string?)null), (deadline.Date, deadline.Doubt));
    }

    [Theory]
    [InlineData("The meeting planned for 26 February had been cancelled because of the strike.", "2036-02-26")]
    [InlineData("The meeting first intended for 2 March had been shifted to the present day.", "2036-03-02")]
    public void A_date_of_a_change_told_in_the_past_perfect_is_the_one_nearest_the_meeting(string text, string date)
    {
        var m = Minutes(text);

        Assert.Contains(m.Events, e => e.Date == D(date));
        Assert.DoesNotContain(m.Events, e => e.Date.Year == 2037);
    }

    [Fact]
    public void A_deadline_told_as_extended_in_the_past_half_a_year_before_is_not_next_years_day()
    {
        var m = Read("Brussels, 29 October 2036\nOUTCOME OF PROCEEDINGS\nOn: 20 October 2036\nTo: Delegations\nSubject: Committee on Inland Navigation Statistics (CINS)\n\n"
            + "1. Inventory of locks\n\nThe Commission summarised the replies received in spring on the Presidency note on the lock inventory "
            + "(the deadline having been extended from 20 March to 16 April, as agreed in April).");

        var deadline = Assert.Single(m.Deadlines);
        Assert.Equal(D("2036-04-16"), deadline.Date);
    }
}
