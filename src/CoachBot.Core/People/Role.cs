namespace CoachBot.Core.People;

/// <summary>What a person may see: their own progress, their reports' too, or everyone's.</summary>
public enum Role
{
    Employee,
    Manager,
    Hr,
    Admin,
}

public static class RoleNames
{
    public static bool TryParse(string? text, out Role role)
    {
        role = Role.Employee;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "" or null or "employee":
                return true;
            case "manager":
                role = Role.Manager;
                return true;
            case "hr":
                role = Role.Hr;
                return true;
            case "admin":
                role = Role.Admin;
                return true;
            default:
                return false;
        }
    }

    public static string Name(this Role role) => role.ToString().ToLowerInvariant();

    public static bool SeesEveryone(this Role role) => role is Role.Hr or Role.Admin;
}
