using WorkingParty.Testing;

namespace WorkingParty.LoadTest.Setup;

/// <summary>The programs the load test starts, from the build configuration it was itself built in (Release).</summary>
public static class Binaries
{
    /// <summary>"Release" or "Debug": the folder above this program's target framework folder.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string Bot => Output("src", "WorkingParty.Bot");

    public static string EchoBot => Output("bench", "WorkingParty.EchoBot");

    /// <summary>This program: it is also the broadcast sender host.</summary>
    public static string LoadTest => Path.Combine(AppContext.BaseDirectory, "WorkingParty.LoadTest.dll");

    private static string Output(string area, string project)
    {
        var dll = Path.Combine(RepositoryFolders.Root, area, project, "bin", Configuration, "net10.0", project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is missing; build the load test (it builds {project}).", dll);
    }
}
