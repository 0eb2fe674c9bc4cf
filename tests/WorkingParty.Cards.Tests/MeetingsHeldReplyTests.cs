using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Tests.Samples;

namespace WorkingParty.Cards.Tests;

/// <summary>The last meeting of each working party, and the list of minutes held with their documents.</summary>
public sealed class MeetingsHeldReplyTests
{
    private readonly ReplyBuilder _replies = SampleCards.Replies;

    [Fact]
    public void The_last_meetings_name_each_working_party_and_its_days()
    {
        var text = _replies.Build(SeedAnswers.LastMeetings()).Text;

        Assert.StartsWith("Last meeting of each working party", text);
        Assert.Contains("- Terrorism Working Party (14 days ago)", text);
        Assert.Contains("Met on Tuesday 10 September 2019 to Wednesday 11 September 2019", text);
        Assert.Contains("Met on Wednesday 15 March 2017 (date inferred; the minutes do not state it)", text);
        Assert.DoesNotContain("issued", text);
    }

    [Fact]
    public void One_last_meeting_is_in_the_title()
    {
        var answer = SeedAnswers.LastMeetings() with { Meetings = [SeedAnswers.HeldTerrorism()] };

        Assert.StartsWith("Last meeting: Tuesday 10 September 2019", _replies.Build(answer).Text);
    }

    [Fact]
    public void The_minutes_held_show_body_meeting_date_document_issue_date_and_items()
    {
        var reply = _replies.Build(SeedAnswers.MinutesList());

        Assert.StartsWith("Minutes held: 3 meetings", reply.Text);
        Assert.Contains("Document WK 10203/2019 (Summary of discussions), issued 20 September 2019", reply.Text);
        Assert.Contains("Document number not stated, issue date not stated", reply.Text);
        Assert.Contains("11 agenda items", reply.Text);
        Assert.Contains("Document 10577/19 (Outcome of proceedings), issued 19 June 2019", CardJson.Serialize(reply.Card));
    }

    [Fact]
    public void When_the_minutes_were_issued_the_title_gives_the_issue_date_and_the_meeting_stays_labelled()
    {
        var reply = _replies.Build(SeedAnswers.MinutesIssued());

        Assert.StartsWith("Minutes issued on Friday 20 September 2019", reply.Text);
        Assert.Contains("Met on Tuesday 10 September 2019 to Wednesday 11 September 2019", reply.Text);
        Assert.Contains("Minutes issued on Friday 20 September 2019", CardJson.Serialize(reply.Card));
        Assert.StartsWith("The minutes do not state when they were issued",
            _replies.Build(SeedAnswers.MinutesIssued() with { Meetings = [SeedAnswers.Held()] }).Text);
    }

    [Fact]
    public void Not_found_in_one_working_party_says_whose_minutes_were_read()
    {
        Assert.StartsWith("I found nothing certain in the minutes of the Horizontal Working Party on Cyber Issues for",
            _replies.Build(SeedAnswers.NotFoundInOneWorkingParty()).Text);
    }
}
