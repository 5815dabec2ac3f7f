namespace FeedHub.Fingerprinting;

public sealed class ContentHasherTests
{
    [Theory]
    [InlineData("curly quotes and dashes", "It’s — done… “really”.", "It's -- done... \"really\".")]
    [InlineData("case and spacing", "Hello   World\nAgain", "hello world again")]
    [InlineData("accents", "Café crème", "Cafe creme")]
    [InlineData("non-breaking spaces", "A\u00A0new\u00A0day.", "A new day.")]
    public void TextHash_IgnoresTypography(string variant, string a, string b)
    {
        ContentHasher.TextHash(a).Should().Be(ContentHasher.TextHash(b), variant);
    }

    [Fact]
    public void TextHash_DiffersForDifferentWords()
    {
        ContentHasher.TextHash("The vote passed on Monday.").Should().NotBe(ContentHasher.TextHash("The vote failed on Monday."));
    }
}
