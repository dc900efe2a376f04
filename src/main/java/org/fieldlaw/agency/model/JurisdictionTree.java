package org.fieldlaw.agency.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jurisdiction tree in memory: answers "is this place inside that area" without a query. */
public final class JurisdictionTree {

    public record Node(String code, String name, JurisdictionLevel level, String parentCode) {
    }

    private final Map<String, Node> byCode = new HashMap<>();
    private final Map<String, List<Node>> children = new HashMap<>();

    public JurisdictionTree(List<Node> nodes) {
        for (Node node : nodes) {
            byCode.put(node.code(), node);
        }
        for (Node node : nodes) {
            if (node.parentCode() != null) {
                if (!byCode.containsKey(node.parentCode())) {
                    throw new IllegalArgumentException("unknown parent " + node.parentCode() + " of " + node.code());
                }
                children.computeIfAbsent(node.parentCode(), k -> new ArrayList<>()).add(node);
            }
        }
    }

    public Optional<Node> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The name a page or a document prints for a code: the jurisdiction's, or the code itself when the register has none. */
    public String nameOf(String code) {
        return find(code).map(Node::name).orElse(code);
    }

    public List<Node> childrenOf(String code) {
        return Collections.unmodifiableList(children.getOrDefault(code, List.of()));
    }

    /** True when {@code code} is {@code areaCode} itself or lies below it. */
    public boolean isWithin(String code, String areaCode) {
        Node node = byCode.get(code);
        while (node != null) {
            if (node.code().equals(areaCode)) {
                return true;
            }
            node = node.parentCode() == null ? null : byCode.get(node.parentCode());
        }
        return false;
    }

    /** The nearest node at {@code level} on the way up from {@code code}, itself included. */
    public Optional<Node> ancestorAt(String code, JurisdictionLevel level) {
        Node node = byCode.get(code);
        while (node != null && node.level() != level) {
            node = node.parentCode() == null ? null : byCode.get(node.parentCode());
        }
        return Optional.ofNullable(node);
    }

    /** The path from the root down to {@code code}, e.g. 广东省 / 江门市 / 蓬江区 / 白沙街道. */
    public List<Node> pathTo(String code) {
        List<Node> path = new ArrayList<>();
        Node node = byCode.get(code);
        while (node != null) {
            path.add(0, node);
            node = node.parentCode() == null ? null : byCode.get(node.parentCode());
        }
        return path;
    }

    /** The code and every code below it. */
    public List<String> subtree(String code) {
        List<String> codes = new ArrayList<>();
        ArrayDeque<String> pending = new ArrayDeque<>(List.of(code));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            codes.add(next);
            childrenOf(next).forEach(child -> pending.push(child.code()));
        }
        return codes;
    }

    public int size() {
        return byCode.size();
    }
}
