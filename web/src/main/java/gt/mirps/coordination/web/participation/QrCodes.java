package gt.mirps.coordination.web.participation;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes of participant codes (ZXing), as the matrix of modules a badge draws. */
final class QrCodes {

  private QrCodes() {}

  /**
   * The modules of the QR code of {@code text}, one bit per module, with the one-module quiet zone
   * scanners need around it.
   */
  static BitMatrix of(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.MARGIN,
                  1,
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode " + text + " as a QR code", e);
    }
  }
}
