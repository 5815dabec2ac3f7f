using FeedHub.Cleaning;

namespace FeedHub.Core.Tests.Cleaning;

/// <summary>The vectorised white-space scan against the plain definition, for every UTF-16 code unit at every lane.</summary>
public sealed class WhiteSpaceTests
{
    [Fact]
    public void IndexOfBreak_FindsEveryWhiteSpaceCharacterButSpaceAtEveryPosition()
    {
        foreach (var position in new[] { 0, 1, 7, 15, 16, 17, 31, 32, 33, 40 })
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var text = new string('a', position) + (char)c + "b c d e f g h i j k l m n o p q r s t u v w x y z";
                WhiteSpace.IndexOfBreak(text, lineSeparator: true).Should().Be(Reference(text, lineSeparator: true), $"U+{c:X4} at {position}");
                WhiteSpace.IndexOfBreak(text, lineSeparator: false).Should().Be(Reference(text, lineSeparator: false), $"U+{c:X4} at {position}");
            }
        }
    }

    [Fact]
    public void IndexOfBreak_FindsDoubleSpacesAcrossLanes_RandomText()
    {
        var random = new Random(20261201);
        char[] alphabet = ['a', ' ', ' ', ' ', 'é', '’', '\n', '\u00A0', '\u2028', '\u2019', '日', '\t'];
        for (var round = 0; round < 20_000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : 'x').ToArray());
            WhiteSpace.IndexOfBreak(text, lineSeparator: true).Should().Be(Reference(text, lineSeparator: true), text);
            WhiteSpace.IndexOfBreak(text, lineSeparator: false).Should().Be(Reference(text, lineSeparator: false), text);
        }
    }

    private static int Reference(string text, bool lineSeparator)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? i + 1 < text.Length && text[i + 1] == ' ' : char.IsWhiteSpace(c) && (lineSeparator || c != '\u2028'))
                return i;
        }
        return -1;
    }
}
