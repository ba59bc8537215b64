package org.strands.need;

/** Need in one place: a small area, ward, locality or the whole area. */
public record NeedRow(String key, String name, double children, double universal, double targeted, double specialist) {

    static NeedRow of(String key, String name, LevelNeed need) {
        return new NeedRow(key, name, need.children(), need.universal(), need.targeted(), need.specialist());
    }
}
