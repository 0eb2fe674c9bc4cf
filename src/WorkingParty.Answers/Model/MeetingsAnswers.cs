namespace WorkingParty.Answers.Model;

/// <summary>"When did we last meet?": the latest meeting held by today of each working party asked about, latest first.</summary>
public sealed record LastMeetingsAnswer(DateOnly Today, IReadOnlyList<HeldMeeting> Meetings) : Answer;

/// <summary>"Which minutes do you have?": every meeting whose minutes are held, of the working parties asked about, latest first.</summary>
public sealed record MinutesListAnswer(DateOnly Today, IReadOnlyList<HeldMeeting> Meetings) : Answer;

/// <summary>"When were the minutes issued?": the record of the meeting asked about (the latest when none is named), with its document and issue date.</summary>
public sealed record MinutesIssuedAnswer(DateOnly Today, IReadOnlyList<HeldMeeting> Meetings) : Answer;
