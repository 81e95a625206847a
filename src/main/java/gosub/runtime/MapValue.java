package gosub.runtime;

import java.util.LinkedHashMap;

/** A Go map. A nil map is Java null. Iteration order is randomised by range, as in Go. */
public final class MapValue {
    public final LinkedHashMap<Object, Object> entries;

    public MapValue(int hint) {
        entries = new LinkedHashMap<>(Math.max(16, hint * 2));
    }

    public Object get(Object key) {
        return entries.get(Values.mapKey(key));
    }

    public void put(Object key, Object value) {
        entries.put(Values.mapKey(key), value);
    }

    public boolean contains(Object key) {
        return entries.containsKey(Values.mapKey(key));
    }

    public int size() {
        return entries.size();
    }
}
