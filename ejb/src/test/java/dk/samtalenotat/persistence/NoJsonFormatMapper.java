package dk.samtalenotat.persistence;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate looks for a JSON-B implementation when the JSON-B API is on the class path, which it is
 * (the EE API jar) without one in tests; no entity maps JSON, so this answers instead.
 */
public class NoJsonFormatMapper implements FormatMapper {

  @Override
  public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
    throw new UnsupportedOperationException("no JSON mapping in tests");
  }

  @Override
  public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
    throw new UnsupportedOperationException("no JSON mapping in tests");
  }
}
