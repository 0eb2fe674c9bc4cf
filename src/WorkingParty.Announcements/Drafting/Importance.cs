namespace WorkingParty.Announcements.Drafting;

public enum Importance
{
    Normal,
    High,
    Urgent,
}
