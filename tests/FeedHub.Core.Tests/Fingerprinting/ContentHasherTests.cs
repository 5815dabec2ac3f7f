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

    [Fact]
    public void NormalizeText_EqualsWholeTextNfkdWithoutMarks_OnEveryRealArticle()
    {
        foreach (var article in FeedHub.Dedup.ArticleTexts.All)
        {
            var text = string.Join('\n', article) + " ﬁ ① Ｆｕｌｌ Ǆ 𝐁old 😀 é";
            ContentHasher.NormalizeText(text).Should().Be(WholeTextNfkd(text));
        }
    }

    /// <summary>The definition: NFKD of the whole text, marks dropped, letters and digits lower-cased, single spaces.</summary>
    private static string WholeTextNfkd(string text)
    {
        var builder = new System.Text.StringBuilder();
        var space = false;
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormKD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                    builder.Append(' ');
                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }
}
