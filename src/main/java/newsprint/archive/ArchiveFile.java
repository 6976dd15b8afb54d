package newsprint.archive;

/**
 * One file of the archive output: its name (no folder), media type, a one-line description for
 * a PDF attachment, and its bytes.
 */
public record ArchiveFile(String name, String mediaType, String description, byte[] bytes) {
    public ArchiveFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
