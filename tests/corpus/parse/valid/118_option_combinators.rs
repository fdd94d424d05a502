// edition:2024
// Option and Result combinators, transposition, and early returns with ? on Option.
use std::collections::HashMap;

#[derive(Debug)]
struct Profile {
    nickname: Option<String>,
    age: Option<u8>,
    manager: Option<u32>,
}

fn display_name(p: &Profile, fallback: &str) -> String {
    p.nickname.as_deref().filter(|n| !n.trim().is_empty()).map(str::to_uppercase).unwrap_or_else(|| fallback.to_string())
}

fn manager_age(db: &HashMap<u32, Profile>, id: u32) -> Option<u8> {
    let me = db.get(&id)?;
    let boss = db.get(&me.manager?)?;
    boss.age
}

fn parse_optional(s: Option<&str>) -> Result<Option<i32>, std::num::ParseIntError> {
    s.map(str::parse::<i32>).transpose()
}

fn main() {
    let mut db = HashMap::new();
    db.insert(1, Profile { nickname: Some("ace".into()), age: Some(41), manager: None });
    db.insert(2, Profile { nickname: Some("  ".into()), age: None, manager: Some(1) });
    db.insert(3, Profile { nickname: None, age: Some(19), manager: Some(9) });
    for id in 1..=3 {
        let p = &db[&id];
        println!("{} {:?}", display_name(p, "anon"), manager_age(&db, id));
    }
    let age_sum: u32 = db.values().filter_map(|p| p.age).map(u32::from).sum();
    let oldest = db.values().filter_map(|p| p.age.zip(p.nickname.as_ref())).max();
    let xs: Option<Vec<u8>> = db.values().map(|p| p.age).collect();
    let first_manager = db.values().find_map(|p| p.manager);
    let r: Result<u8, String> = db[&2].age.ok_or("no age".to_string());
    let mapped = r.as_ref().map(|a| a + 1).map_err(|e| e.len());
    let chained = Some(4).and_then(|x| if x > 3 { Some(x * 2) } else { None }).or(Some(0)).xor(None::<i32>);
    let taken = {
        let mut o = Some(5);
        let t = o.take();
        (o, t, Some(1).replace(2))
    };
    let got = Some(3).get_or_insert(9).clone();
    println!("{age_sum} {oldest:?} {xs:?} {first_manager:?} {mapped:?} {chained:?} {taken:?} {got}");
    println!("{:?} {:?} {:?}", parse_optional(Some("12")), parse_optional(None), parse_optional(Some("x")).is_err());
    println!("{:?} {}", Some(2).is_some_and(|v| v > 1), None::<i32>.map_or(-1, |v| v * 2));
}
