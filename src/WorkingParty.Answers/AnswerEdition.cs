namespace WorkingParty.Answers;

/// <summary>
/// What an answer is read from besides the question and the day: the minutes as loaded and the announced date changes
/// in force. The same question asked on the same day gets the same answer for as long as the edition stays equal;
/// loading minutes or announcing a change starts a new edition.
/// </summary>
public readonly struct AnswerEdition : IEquatable<AnswerEdition>
{
    private readonly object _minutes;
    private readonly object _changes;

    internal AnswerEdition(object minutes, object changes)
    {
        _minutes = minutes;
        _changes = changes;
    }

    // Both parts are immutable snapshots that are replaced, never changed, so identity is the whole comparison.
    public bool Equals(AnswerEdition other) => ReferenceEquals(_minutes, other._minutes) && ReferenceEquals(_changes, other._changes);

    public override bool Equals(object? obj) => obj is AnswerEdition other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_minutes),
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_changes));

    public static bool operator ==(AnswerEdition left, AnswerEdition right) => left.Equals(right);

    public static bool operator !=(AnswerEdition left, AnswerEdition right) => !left.Equals(right);
}
