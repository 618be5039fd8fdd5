package app.quire.site;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Hugo site's main menu as the built-in theme's header links (decision 0247): the config's {@code [[menu.main]]}
 * (or {@code menus}) entries and the site pages whose front matter puts them in {@code main}, in Hugo's order
 * (weight, unweighted last, then name). Entries with a {@code parent} are sub-entries, which the flat header
 * does not show. A {@code pageRef} is resolved to the page or section it names.
 */
final class HugoMenu {
    private record Item(String name, String url, long weight) {
    }

    private HugoMenu() {
    }

    /** The header links ({@code title}, {@code url} as a site path or a full URL); empty without a main menu. */
    static List<Map<String, Object>> main(Site site, PostIndex index) {
        List<Item> items = new ArrayList<>();
        Object menus = value(site.config().raw(), "menus");
        if (menus == null) {
            menus = value(site.config().raw(), "menu");
        }
        if (value(SiteConfig.map(menus), "main") instanceof Collection<?> entries) {
            for (Object o : entries) {
                Map<String, Object> entry = SiteConfig.map(o);
                if (value(entry, "parent") != null) {
                    continue;
                }
                String name = text(value(entry, "name"));
                String url = url(site, index, text(value(entry, "url")), text(value(entry, "pageRef")));
                if (!name.isEmpty() && url != null) {
                    items.add(new Item(name, url, weight(value(entry, "weight"))));
                }
            }
        }
        // site pages only: a post's front matter is not kept by the index cache, so reading every post's menu
        // would read every file on each repeat export
        for (PostEntry page : index.pages()) {
            Object menu = value(page.data(), "menus");
            if (menu == null) {
                menu = value(page.data(), "menu");
            }
            Map<String, Object> spec = inMain(menu);
            if (spec != null && value(spec, "parent") == null) {
                String name = text(value(spec, "name"));
                String linkTitle = text(value(page.data(), "linkTitle")); // Hugo's .LinkTitle names the entry
                items.add(new Item(!name.isEmpty() ? name : !linkTitle.isEmpty() ? linkTitle : page.title(), page.url(),
                        weight(value(spec, "weight"))));
            }
        }
        items.sort(Comparator.comparing((Item i) -> i.weight() == 0 ? 1 : 0).thenComparingLong(Item::weight)
                .thenComparing(Item::name));
        List<Map<String, Object>> links = new ArrayList<>();
        for (Item i : items) {
            links.add(SiteExporter.headerLink(i.name(), i.url()));
        }
        return links;
    }

    /** A page's menu value's settings for {@code main}: "main", ["main"] or {main: {...}}; null when not in it. */
    private static Map<String, Object> inMain(Object menu) {
        if (menu instanceof String s) {
            return s.strip().equals("main") ? Map.of() : null;
        }
        if (menu instanceof Collection<?> list) {
            return list.stream().anyMatch(o -> "main".equals(String.valueOf(o).strip())) ? Map.of() : null;
        }
        if (menu instanceof Map<?, ?> m && m.containsKey("main")) {
            return SiteConfig.map(m.get("main"));
        }
        return null;
    }

    /** An entry's address: its url (a site path, or a full URL left as it is), else the page its pageRef names. */
    private static String url(Site site, PostIndex index, String url, String pageRef) {
        if (!url.isEmpty()) {
            return url.contains("://") || url.startsWith("//") || url.startsWith("/") ? url : "/" + url;
        }
        if (pageRef.isEmpty()) {
            return null;
        }
        Optional<String> page = index.hugoRef(pageRef, "content/_index.md");
        if (page.isPresent()) {
            return page.get();
        }
        String folder = pageRef.strip().replaceAll("^/+|/+$", "");
        if (folder.isEmpty()) {
            return "/";
        }
        // a section: its list page
        boolean isFolder = !folder.contains("..")
                && Files.isDirectory(site.root().resolve("content").resolve(folder), LinkOption.NOFOLLOW_LINKS);
        return isFolder ? HugoPaths.fromFolders(folder) : null;
    }

    /** A key's value in any case, as Hugo reads config and front matter keys. */
    @SuppressWarnings("unchecked")
    private static Object value(Map<?, ?> map, String key) {
        return map == null ? null : SiteConfig.lookup((Map<String, Object>) map, key);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    private static long weight(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        try {
            return o == null ? 0 : Long.parseLong(o.toString().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
