namespace FeedHub.Testing;

/// <summary>Captured feeds and pages copied into this repository (tests/FeedHub.Testing/Fixtures, with licences).</summary>
public static class FixtureFiles
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(PathOf(parts));

    public static string Text(params string[] parts) => File.ReadAllText(PathOf(parts));
}
