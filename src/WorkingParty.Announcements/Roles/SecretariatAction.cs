namespace WorkingParty.Announcements.Roles;

/// <summary>What only the secretariat may do.</summary>
public enum SecretariatAction
{
    Announce,
    UploadMinutes,
    ChangeDates,
    Export,
    AcceptLateComments,
    ManageMinutes,
    ManageDelegations,
}
