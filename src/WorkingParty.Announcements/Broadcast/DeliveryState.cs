namespace WorkingParty.Announcements.Broadcast;

public enum DeliveryState
{
    Pending,
    Delivered,
    Failed,
}
