using FeedHub.Fingerprinting;

namespace FeedHub.Dedup;

public sealed class InMemoryBandIndexTests
{
    [Fact]
    public void FindNear_AgreesWithTheFullScanOnTheRealArticles()
    {
        var index = new InMemoryBandIndex();
        foreach (var article in ArticleTexts.All)
        {
            index.Add(MinHasher.Sign(ArticleTexts.Text(article)));
            index.Add(MinHasher.Sign(ArticleTexts.Text(article.Where((_, i) => i != 1).ToArray())));
        }

        for (var n = 0; n < ArticleTexts.All.Count; n++)
        {
            var query = MinHasher.Sign(ArticleTexts.Text([.. ArticleTexts.All[n], "Curated for you by NewsPile."]));
            var viaIndex = index.FindNear(query, 0.5).Select(c => c.Id).ToList();
            var viaScan = index.ScanNear(query, 0.5);
            viaScan.Select(c => c.Id).Should().Contain(viaIndex, $"article {n}: the index only narrows the scan");
            viaIndex.Should().Contain(viaScan.Where(c => c.Jaccard >= 0.7).Select(c => c.Id), $"article {n}: at 0.7 a band is missed once in 5,000");
            viaIndex.Should().Contain(2 * n, $"article {n} is in the index");
        }
    }

    [Fact]
    public void Candidates_CountSharedBands_MostFirst_TiesByIdAndCutAtTheLimit()
    {
        var index = new InMemoryBandIndex();
        var query = Random(1);
        index.Add(Random(2));                        // 0: shares nothing
        index.Add(WithBandsOf(query, Random(3), 5)); // 1: shares 5 bands
        index.Add(query);                            // 2: shares all of them
        index.Add(WithBandsOf(query, Random(4), 5)); // 3: shares 5 bands
        index.Add(WithBandsOf(query, Random(5), 2)); // 4: shares 2 bands

        index.Candidates(query, 10).Should().Equal((2, LshBands.Bands + LshBands.LeadBands), (1, 5), (3, 5), (4, 2));
        index.Candidates(query, 2).Should().Equal((2, LshBands.Bands + LshBands.LeadBands), (1, 5));
        index.Count.Should().Be(5);
        index[2].Values.Should().Equal(query.Values);
        index[2].Lead.Should().Equal(query.Lead);
        index[2].WordCount.Should().Be(query.WordCount);
    }

    [Fact]
    public void Add_GrowsPastItsCapacity_AndKeepsEveryKeyFindable()
    {
        var index = new InMemoryBandIndex(capacity: 1);
        var signatures = Enumerable.Range(100, 3_000).Select(Random).ToList();
        foreach (var signature in signatures)
            index.Add(signature);

        for (var id = 0; id < signatures.Count; id += 97)
            index.FindNear(signatures[id], 0.99).Should().Equal([(id, 1.0)], $"signature {id} finds itself and nothing else");
    }

    private static TextSignature Random(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, MinHasher.HashCount).Select(_ => (uint)random.NextInt64(0, uint.MaxValue)).ToArray();
        var lead = Enumerable.Range(0, MinHasher.LeadHashCount).Select(_ => (uint)random.NextInt64(0, uint.MaxValue)).ToArray();
        return new TextSignature(values, lead, 300 + seed, 297 + seed);
    }

    /// <summary><paramref name="other"/> with its first <paramref name="bands"/> whole-text bands taken from <paramref name="source"/>.</summary>
    private static TextSignature WithBandsOf(TextSignature source, TextSignature other, int bands)
    {
        var values = other.Values.ToArray();
        Array.Copy(source.Values, values, bands * LshBands.Rows);
        return new TextSignature(values, other.Lead, other.WordCount, other.ShingleCount);
    }
}
