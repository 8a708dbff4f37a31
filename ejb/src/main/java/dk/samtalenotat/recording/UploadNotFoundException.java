package dk.samtalenotat.recording;

/** No upload with that key that the caller may use: unknown, or another caseworker's. */
public class UploadNotFoundException extends RuntimeException {

  public UploadNotFoundException(String uploadKey) {
    super("no upload " + uploadKey + " of the caller");
  }
}
