using System.Security.Cryptography;
using System.Text;

namespace MinutesWriter.Pdf;

/// <summary>
/// PdfPig writes a random file identifier in the trailer. This writes instead the MD5 of everything before the
/// trailer (as the PDF specification suggests), in place and at the same length, so the cross-reference stays right.
/// </summary>
internal static class TrailerId
{
    public static byte[] MakeDeterministic(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var id = text.IndexOf("/ID [", trailer, StringComparison.Ordinal);
        if (trailer < 0 || id < 0)
            return pdf;

        var digest = Convert.ToHexString(MD5.HashData(pdf.AsSpan(0, trailer)));
        var result = (byte[])pdf.Clone();
        var position = id;
        for (var i = 0; i < 2; i++)
        {
            var open = text.IndexOf('<', position);
            var close = text.IndexOf('>', open);
            if (open < 0 || close - open - 1 != digest.Length)
                return pdf;
            Encoding.Latin1.GetBytes(digest, 0, digest.Length, result, open + 1);
            position = close + 1;
        }

        return result;
    }
}
