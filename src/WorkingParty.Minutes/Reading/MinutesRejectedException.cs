namespace WorkingParty.Minutes.Reading;

/// <summary>Thrown when a file is not taken as minutes; nothing of it has been stored.</summary>
public sealed class MinutesRejectedException(MinutesRejection rejection) : Exception(rejection.ToString())
{
    public MinutesRejection Rejection { get; } = rejection;

    public string File => Rejection.File;

    public RejectionReason Reason => Rejection.Reason;
}
