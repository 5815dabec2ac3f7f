using System.Text;

namespace FeedHub.Worker.Cli;

/// <summary>A command's output as a byte stream, for writers that produce UTF-8 (the export).</summary>
internal static class CommandOutput
{
    /// <summary>
    /// The command's output as bytes: under `feedhub` it is a UTF-8 StreamWriter over stdout, so (once flushed) its
    /// stream takes the bytes directly; any other writer (tests, a TextWriter.Null) gets them decoded.
    /// </summary>
    public static async Task<Stream> OpenBytesAsync(TextWriter writer, CancellationToken cancellationToken)
    {
        if (writer is StreamWriter { Encoding: UTF8Encoding } streamWriter && streamWriter.Encoding.Preamble.Length == 0)
        {
            await streamWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
            return streamWriter.BaseStream;
        }
        return new WriterStream(writer);
    }

    /// <summary>A write-only stream over a TextWriter (UTF-8), so byte writers can stream to the command's output.</summary>
    private sealed class WriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
        private char[] _chars = [];

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (_chars.Length < needed)
                _chars = new char[Math.Max(needed, 4096)];
            var written = _decoder.GetChars(buffer, _chars, flush: false);
            writer.Write(_chars, 0, written);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush() => writer.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Passes writes through and leaves the stream open when disposed (it is the process's stdout).</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);
        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>True when the stream was made here and should be disposed by the caller (not the process's stdout).</summary>
    public static bool OwnsStream(Stream stream) => stream is WriterStream;

    /// <summary>The stream, left open when a wrapper around it is disposed.</summary>
    public static Stream LeaveOpen(Stream stream) => new NonClosingStream(stream);
}
