package kr.co.saenal.sandan.complex.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx file opened for reading with POI's streaming API: the sheets' names, and the cells of the sheets asked for
 * (the others are never parsed). The ZIP container is read under {@link WorkbookLimits}' ZipSecureFile limits, so a
 * compression bomb fails while it is being inflated; sheet XML goes through POI's hardened SAX parser (no external
 * entities).
 */
final class XlsxPackage implements AutoCloseable {

    private final OPCPackage container;
    private final XSSFReader reader;

    private XlsxPackage(OPCPackage container) throws IOException, OpenXML4JException {
        this.container = container;
        this.reader = new XSSFReader(container);
    }

    static XlsxPackage open(byte[] content) throws IOException, OpenXML4JException {
        WorkbookLimits.secureZipReading();
        OPCPackage container = OPCPackage.open(new ByteArrayInputStream(content));
        try {
            return new XlsxPackage(container);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            container.revert();
            throw e;
        }
    }

    /** Every sheet's name, in the workbook's order. */
    List<String> sheetNames() throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
            }
        }
        return names;
    }

    /** The cells of every sheet whose name {@code wanted} accepts, keyed by the sheet's name. */
    Map<String, Sheet> read(Predicate<String> wanted)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        SharedStrings strings = new ReadOnlySharedStringsTable(container, false);
        Map<String, Sheet> read = new LinkedHashMap<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream xml = sheets.next()) {
                String name = sheets.getSheetName();
                if (!wanted.test(name)) {
                    continue;
                }
                SheetHandler handler = new SheetHandler(name, strings);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(xml));
                read.put(name, handler.sheet());
            }
        }
        return read;
    }

    @Override
    public void close() {
        container.revert(); // opened for reading: never write anything back
    }
}
