using FeedHub.Dedup;

namespace FeedHub.Fingerprinting;

public sealed class MinHasherTests
{
    [Fact]
    public void Sign_IsTheSameForTheSameWordsInOtherTypography()
    {
        var text = ArticleTexts.Text(ArticleTexts.Long(0));
        var retyped = text.Replace('’', '\'').Replace("\n", "\n\n", StringComparison.Ordinal).ToUpperInvariant();
        MinHasher.Sign(text).EstimateJaccard(MinHasher.Sign(retyped)).Should().Be(1.0);
    }

    [Fact]
    public void Sign_VectorPathEqualsTheScalarDefinition()
    {
        var text = ArticleTexts.Text(ArticleTexts.Long(1));
        var signature = MinHasher.Sign(text);
        var expected = new uint[MinHasher.HashCount];
        Array.Fill(expected, uint.MaxValue);
        foreach (var shingle in Shingles.Distinct(text))
        {
            var x = (uint)(shingle ^ (shingle >> 32));
            for (var i = 0; i < expected.Length; i++)
                expected[i] = Math.Min(expected[i], MinHasher.Ordering(x, i));
        }
        signature.Values.Should().Equal(expected);
    }

    [Theory]
    [InlineData("a paragraph dropped", 0)]
    [InlineData("half the paragraphs", 1)]
    [InlineData("a paragraph added from another article", 2)]
    public void EstimateJaccard_TracksTheExactJaccard(string change, int kind)
    {
        for (var n = 0; n < 10; n++)
        {
            var article = ArticleTexts.Long(n);
            var other = ArticleTexts.Long(n + 10);
            string[] changed = kind switch
            {
                0 => article.Where((_, i) => i != 1).ToArray(),
                1 => article.Take(article.Length / 2).ToArray(),
                _ => [.. article, other[0]],
            };
            var (a, b) = (ArticleTexts.Text(article), ArticleTexts.Text(changed));
            var exact = Jaccard(Shingles.Distinct(a), Shingles.Distinct(b));
            MinHasher.Sign(a).EstimateJaccard(MinHasher.Sign(b)).Should().BeApproximately(exact, 0.15, $"{change}, article {n}");
        }
    }

    [Fact]
    public void EstimateJaccard_KeepsEveryPairOfDifferentArticlesApart()
    {
        var signatures = ArticleTexts.All.Select(a => MinHasher.Sign(ArticleTexts.Text(a))).ToList();
        var highest = 0.0;
        for (var i = 0; i < signatures.Count; i++)
        {
            for (var j = i + 1; j < signatures.Count; j++)
                highest = Math.Max(highest, signatures[i].EstimateJaccard(signatures[j]));
        }
        highest.Should().BeLessThan(new DedupOptions().NearJaccard);
    }

    [Fact]
    public void Bands_ANearCopySharesABandAndOtherArticlesDoNot()
    {
        var article = ArticleTexts.Long(3);
        var copy = MinHasher.Sign(ArticleTexts.Text(article.Where((_, i) => i != 2).ToArray()));
        var keys = LshBands.Keys(MinHasher.Sign(ArticleTexts.Text(article)));
        LshBands.Keys(copy).Intersect(keys).Should().NotBeEmpty();
        foreach (var other in ArticleTexts.All.Where(a => a != article).Take(40))
            LshBands.Keys(MinHasher.Sign(ArticleTexts.Text(other))).Intersect(keys).Should().BeEmpty();
    }

    [Fact]
    public void Bands_AnExcerptSharesALeadBandWithItsFullText()
    {
        var article = ArticleTexts.Long(4);
        var excerpt = MinHasher.Sign(ArticleTexts.FirstWords(article, 55) + " …");
        LshBands.Keys(excerpt).Intersect(LshBands.Keys(MinHasher.Sign(ArticleTexts.Text(article)))).Should().NotBeEmpty();
    }

    [Fact]
    public void Signature_RoundTripsThroughBytes()
    {
        var signature = MinHasher.Sign(ArticleTexts.Text(ArticleTexts.Long(5)));
        var back = TextSignature.FromBytes(signature.ToBytes(), signature.WordCount, signature.ShingleCount)!;
        back.Values.Should().Equal(signature.Values);
        back.Lead.Should().Equal(signature.Lead);
        TextSignature.FromBytes(new byte[12], 1, 1).Should().BeNull();
    }

    [Theory]
    [InlineData("empty", "", 0, 0)]
    [InlineData("shorter than a shingle", "Breaking news", 2, 1)]
    [InlineData("one shingle", "one two three four", 4, 1)]
    [InlineData("repeats counted once", "a b c d a b c d", 8, 4)]
    public void Sign_CountsWordsAndDistinctShingles(string variant, string text, int words, int shingles)
    {
        var signature = MinHasher.Sign(text);
        signature.WordCount.Should().Be(words, variant);
        signature.ShingleCount.Should().Be(shingles, variant);
    }

    [Fact]
    public void Fingerprint_EqualsTheHashAndTheSignatureComputedApart_OnEveryRealArticle()
    {
        // Expansions (ﬁ, Ǆ, ﷺ) and a surrogate pair make the normalized text longer than the text; a short one outgrows its buffer.
        foreach (var text in FeedHub.Dedup.ArticleTexts.All.Select(a => string.Join('\n', a) + " ﬁ Ǆ ﷺ 𝐁old 😀 é").Append("ﷺﷺﷺﷺﷺﷺ ﬁx"))
        {
            var fingerprint = TextFingerprint.Of(text);

            fingerprint.TextHash.Should().Be(ContentHasher.Sha256(ContentHasher.NormalizeText(text)));
            var shingles = Shingles.Hash(text);
            fingerprint.Signature.ShingleCount.Should().Be(shingles.Distinct().Count());
            fingerprint.Signature.Values.Should().Equal(Reference(shingles, int.MaxValue, MinHasher.HashCount));
            fingerprint.Signature.Lead.Should().Equal(Reference(shingles, MinHasher.LeadWords - Shingles.Size + 1, MinHasher.LeadHashCount));
        }
    }

    /// <summary>The scalar definition: minimums of each ordering over the first <paramref name="take"/> shingles.</summary>
    private static uint[] Reference(List<ulong> shingles, int take, int count)
    {
        var expected = new uint[count];
        Array.Fill(expected, uint.MaxValue);
        foreach (var shingle in shingles.Take(take))
        {
            var x = (uint)(shingle ^ (shingle >> 32));
            for (var i = 0; i < count; i++)
                expected[i] = Math.Min(expected[i], MinHasher.Ordering(x, i));
        }
        return expected;
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b) => (double)a.Intersect(b).Count() / a.Union(b).Count();
}
