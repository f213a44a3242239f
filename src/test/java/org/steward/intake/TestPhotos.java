package org.steward.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

/**
 * Real image files made in the test: every call draws random pixels, so each photo has its
 * own SHA-256 and tests never share stored files.
 */
public final class TestPhotos {

	private TestPhotos() {
	}

	public static byte[] png() {
		return encode("png");
	}

	public static byte[] jpeg() {
		return encode("jpeg");
	}

	/** A JPEG whose EXIF carries a GPS position (north/east), written as the camera would. */
	public static byte[] jpegWithGps(double lat, double lng) {
		byte[] jpeg = jpeg();
		byte[] tiff = gpsTiff(lat, lng);
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		app1.put(new byte[] { 'E', 'x', 'i', 'f', 0, 0 }).put(tiff);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2); // SOI
		out.writeBytes(app1.array());
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A big-endian TIFF block: IFD0 with a pointer to a GPS IFD holding latitude and longitude. */
	private static byte[] gpsTiff(double lat, double lng) {
		ByteBuffer tiff = ByteBuffer.allocate(128);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		// IFD0 at 8: one entry, GPSInfo (0x8825, LONG) → GPS IFD at 26
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
		tiff.putInt(0);
		// GPS IFD at 26: four entries, values of the rationals after it at 80 and 104
		tiff.putShort((short) 4);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] { 'E', 0, 0, 0 });
		tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
		tiff.putInt(0);
		putDegrees(tiff, lat);
		putDegrees(tiff, lng);
		byte[] bytes = new byte[tiff.position()];
		tiff.flip();
		tiff.get(bytes);
		return bytes;
	}

	private static void putDegrees(ByteBuffer tiff, double value) {
		int degrees = (int) value;
		double minutesExact = (value - degrees) * 60;
		int minutes = (int) minutesExact;
		long secondsTimesTenThousand = Math.round((minutesExact - minutes) * 60 * 10000);
		tiff.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) secondsTimesTenThousand).putInt(10000);
	}

	private static byte[] encode(String format) {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int x = 0; x < 8; x++) {
			for (int y = 0; y < 8; y++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
