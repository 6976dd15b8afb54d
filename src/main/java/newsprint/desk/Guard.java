package newsprint.desk;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may ask the desk anything. A request's {@code Host} must name this server (no DNS
 * rebinding: a page of another site that resolves its own name to 127.0.0.1 still sends its own
 * name), its {@code Origin}, when it has one, must be this server (no cross-site sign-off), and
 * on any address but the loopback one every request must carry the token printed at start.
 */
final class Guard {
    /** The cookie that carries the token after the first request that gave it in the address. */
    static final String COOKIE = "newsprint-desk";

    private final boolean loopback;
    private final String token;
    private volatile Set<String> authorities = Set.of();

    Guard(String host) {
        this.loopback = isLoopback(host);
        this.token = loopback ? null : newToken();
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The token every request needs, or null on the loopback address (where only this machine can ask). */
    String token() {
        return token;
    }

    /** The names this server answers to once it listens on {@code host}:{@code port}. */
    void listening(String host, int port) {
        Set<String> names = new LinkedHashSet<>();
        names.add(host.toLowerCase(Locale.ROOT));
        names.add("127.0.0.1");
        names.add("localhost");
        names.add("[::1]");
        if (!loopback) {
            try {
                for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                        String name = a.getHostAddress();
                        int zone = name.indexOf('%');
                        name = zone >= 0 ? name.substring(0, zone) : name;
                        names.add(name.contains(":") ? "[" + name + "]" : name);
                    }
                }
                names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
            } catch (SocketException | java.net.UnknownHostException e) {
                // the names above are enough
            }
        }
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(n + ":" + port));
        authorities = Set.copyOf(out);
    }

    /** Null when the request may go on, else why not. */
    String refusal(String hostHeader, String origin, String fetchSite, String tokenGiven) {
        if (hostHeader == null || !authorities.contains(hostHeader.toLowerCase(Locale.ROOT))) {
            return "Host '" + hostHeader + "' is not this server";
        }
        if (origin != null && !authorities.contains(stripScheme(origin))) {
            return "Origin '" + origin + "' is not this server";
        }
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return "a request from another site";
        }
        if (token != null && (tokenGiven == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                tokenGiven.getBytes(StandardCharsets.UTF_8)))) {
            return tokenGiven == null ? "no token" : "a wrong token";
        }
        return null;
    }

    private static String stripScheme(String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        return o.startsWith("http://") ? o.substring("http://".length()) : "\u0000"; // https, null, file: never this server
    }
}
