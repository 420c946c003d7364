"""Reading pictures people forward: the text in a screenshot or photo, and any QR code or barcode.

Platform-neutral and offline: Pillow opens the image (after the checks in `limits`), `prepare` turns it
into something Tesseract reads well, `ocr` runs Tesseract, `codes` decodes QR codes with zxing-cpp, and
`reading` puts them together behind one call that never raises. The bot never stores what is read.
"""
