using WorkingParty.Answers.Model;
using WorkingParty.Answers.Schedule;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Answers.Tests;

/// <summary>
/// A working party also meets under other names: in a configuration ("(Neap Tides)"), or jointly with another party, its
/// short name bracketed in the joint name. Asked when it last met, the latest of those meetings is its last one.
/// </summary>
public class BodyConfigurationsTests
{
    private static readonly DateOnly Today = new(2034, 6, 1);

    private readonly QuestionAnswerer _answerer = new(
    [
        Held("tides-2033-02", "Working Party on Tides and Currents (TICU)", new(2033, 2, 7)),
        Held("tides-2034-03", "Working Party on Tides and Currents and the Working Party on Harbours (HARB)", new(2034, 3, 14)),
        Held("reefs-2031-05", "Working Party on Coral Reefs (CORAL)", new(2031, 5, 6)),
        Held("lagoons-2030-01", "Working Party on Lagoons (LAGOON)", new(2030, 1, 15)),
        Held("reefs-2033-10", "Working Party on Lagoons (Joint CORAL/LAGOON)", new(2033, 10, 2)),
        Held("dunes-2032-04", "Working Party on Sand Dunes (Marram Grass)", new(2032, 4, 8)),
        Held("dunes-2034-01", "Working Party on Sand Dunes", new(2034, 1, 20)),
        Held("salt-2032-09", "Working Party on Salt Marshes (SAMA Grazing)", new(2032, 9, 9)),
        Held("salt-2033-11", "Working Party on Salt Marshes (Grazing)", new(2033, 11, 3)),
    ], new NoScheduleChanges());

    [Theory]
    [InlineData("when did CORAL last meet?", "reefs-2033-10")]
    [InlineData("when did the sand dunes WP last meet?", "dunes-2034-01")]
    [InlineData("when did SAMA last meet?", "salt-2033-11")]
    public void The_last_meeting_of_a_party_named_is_the_latest_under_any_of_its_names(string question, string meeting)
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(_answerer.Answer(question, Today));
        Assert.Equal(meeting, Assert.Single(answer.Meetings).MeetingId);
    }

    [Fact]
    public void A_joint_meeting_bracketing_a_short_name_with_a_suffix_is_the_party_s_meeting()
    {
        var answerer = new QuestionAnswerer(
        [
            Held("kelp-2030-02", "Working Party on Kelp Forests (KELP)", new(2030, 2, 4)),
            Held("kelp-2031-03", "Working Party on Kelp Forests and Seagrass (KELP-SG) and the Working Party on Harbours (HARB)", new(2031, 3, 14)),
        ], new NoScheduleChanges());
        var answer = Assert.IsType<LastMeetingsAnswer>(answerer.Answer("when did KELP last meet?", Today));
        Assert.Equal("kelp-2031-03", Assert.Single(answer.Meetings).MeetingId);
    }

    [Fact]
    public void A_word_of_a_configuration_s_qualifier_clipping_its_party_s_name_names_the_party_and_all_its_configurations()
    {
        var answerer = new QuestionAnswerer(
        [
            Held("shellfish-2030-01", "Working Party on Shellfish (Shell labelling - Oysters)", new(2030, 1, 14)),
            Held("shellfish-2030-05", "Working Party on Shellfish", new(2030, 5, 19)),
            Held("shellfish-2030-11", "Working Party on Shellfish", new(2030, 11, 3)),
        ], new NoScheduleChanges());

        var last = Assert.IsType<LastMeetingsAnswer>(answerer.Answer("when did the shell WP last meet?", Today));
        Assert.Equal("shellfish-2030-11", Assert.Single(last.Meetings).MeetingId);
        var held = Assert.IsType<MinutesListAnswer>(answerer.Answer("which shell wp minutes do you have?", Today));
        Assert.Equal(["shellfish-2030-01", "shellfish-2030-05", "shellfish-2030-11"], held.Meetings.Select(m => m.MeetingId).Order());
    }

    [Fact]
    public void A_joint_meeting_with_a_body_whose_words_are_parted_by_a_slash_is_one_of_the_party_s_names()
    {
        var answerer = new QuestionAnswerer(
        [
            Held("lagoons-2029-03", "Working Party on Lagoons (LAGOON) and the Reef/Atoll Working Party (ReAt)", new(2029, 3, 6)),
            Held("lagoons-2030-01", "Working Party on Lagoons (LAGOON)", new(2030, 1, 15)),
        ], new NoScheduleChanges());
        var answer = Assert.IsType<LastMeetingsAnswer>(answerer.Answer("when did LAGOON last meet?", Today));
        Assert.Equal("lagoons-2030-01", Assert.Single(answer.Meetings).MeetingId);
    }

    [Fact]
    public void Unnamed_parties_each_keep_their_own_last_meeting()
    {
        var answer = Assert.IsType<LastMeetingsAnswer>(_answerer.Answer("when did we last meet?", Today));
        Assert.Contains("dunes-2032-04", answer.Meetings.Select(m => m.MeetingId));
    }

    private static Meeting Held(string id, string body, DateOnly date) =>
        new(id, body, date, false, $"Outcome of proceedings of the {body}", $"{id}.txt",
            [new AgendaItem(1, "Adoption of the agenda", [], [], [], [])], [], []);
}
