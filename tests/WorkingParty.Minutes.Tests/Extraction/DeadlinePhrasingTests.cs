using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Model;
using WorkingParty.Minutes.Reading;
using static WorkingParty.Minutes.Tests.Extraction.ParsedMinutes;

namespace WorkingParty.Minutes.Tests.Extraction;

/// <summary>Deadlines asked for with any verb ("should answer the survey by"), with no object before "by", with "may be", or as a list that closes.</summary>
public class DeadlinePhrasingTests
{
    private static Deadline Only(string sentence)
    {
        var m = Read($"Brussels, 14 May 2025\nOUTCOME OF PROCEEDINGS\nOn: 6 May 2025\nTo: Delegations\nSubject: Working Party on Maritime Transport\n\n1. Work programme\n\n{sentence}");
        return Assert.Single(m.Deadlines);
    }

    [Theory]
    [InlineData("Delegations are asked to reply by 14 June 2025.", "2025-06-14")]
    [InlineData("Member States were also asked to confirm by 5 June whether they would host the workshop.", "2025-06-05")]
    [InlineData("The Presidency invited delegations to fill in the template on port levies by 20 May.", "2025-05-20")]
    [InlineData("Observations on Annex II may be submitted until 2 June.", "2025-06-02")]
    [InlineData("The sign-up list for the study visit closes on 30 May.", "2025-05-30")]
    [InlineData("The Commission presented the public consultation on port levies, which would remain open until 30 May.", "2025-05-30")]
    [InlineData("Member States should answer the survey on pilotage fees at the latest by 23 May 2025.", "2025-05-23")]
    [InlineData("Delegations must fill in the template on berth capacity by 27 May.", "2025-05-27")]
    public void A_request_in_other_words_is_a_deadline(string sentence, string due)
    {
        Assert.Equal(D(due), Only(sentence).Date);
    }

    [Fact]
    public void A_subject_first_may_be_keeps_only_the_subject()
    {
        Assert.Equal("Observations on Annex II", Only("Observations on Annex II may be submitted until 2 June.").Subject);
    }
}
