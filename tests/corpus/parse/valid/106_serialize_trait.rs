// A tiny serialization framework: a Serializer trait, a Serialize trait and impls for std types.
use std::collections::BTreeMap;

pub trait Serializer {
    fn unit(&mut self);
    fn boolean(&mut self, v: bool);
    fn int(&mut self, v: i64);
    fn string(&mut self, v: &str);
    fn begin_seq(&mut self, len: usize);
    fn end_seq(&mut self);
    fn begin_map(&mut self, len: usize);
    fn key(&mut self, k: &str);
    fn end_map(&mut self);
}

pub trait Serialize {
    fn serialize<S: Serializer + ?Sized>(&self, s: &mut S);
}

macro_rules! ser_int {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer + ?Sized>(&self, s: &mut S) {
                s.int(*self as i64)
            }
        }
    )*};
}

ser_int!(i8, i16, i32, i64, u8, u16, u32);

impl Serialize for bool {
    fn serialize<S: Serializer + ?Sized>(&self, s: &mut S) {
        s.boolean(*self)
    }
}

impl Serialize for str {
    fn serialize<S: Serializer + ?Sized>(&self, s: &mut S) {
        s.string(self)
    }
}

impl Serialize for String {
    fn serialize<S: Serializer + ?Sized>(&self, s: &mut S) {
        self.as_str().serialize(s)
    }
}

impl<T: Serialize> Serialize for Option<T> {
    fn serialize<S: Serializer + ?Sized>(&self, s: &mut S) {
        match self {
            Some(v) => v.serialize(s),
            None => s.unit(),
        }
    }
}

impl<T: Serialize> Serialize for [T] {
    fn serialize<S: Serializer + ?Sized>(&self, s: &mut S) {
        s.begin_seq(self.len());
        self.iter().for_each(|v| v.serialize(s));
        s.end_seq();
    }
}

impl<T: Serialize> Serialize for Vec<T> {
    fn serialize<S: Serializer + ?Sized>(&self, s: &mut S) {
        self[..].serialize(s)
    }
}

impl<V: Serialize> Serialize for BTreeMap<String, V> {
    fn serialize<S: Serializer + ?Sized>(&self, s: &mut S) {
        s.begin_map(self.len());
        for (k, v) in self {
            s.key(k);
            v.serialize(s);
        }
        s.end_map();
    }
}

#[derive(Default)]
struct Compact {
    out: String,
    need_comma: Vec<bool>,
}

impl Compact {
    fn sep(&mut self) {
        if let Some(flag) = self.need_comma.last_mut() {
            if *flag {
                self.out.push(',');
            }
            *flag = true;
        }
    }
}

impl Serializer for Compact {
    fn unit(&mut self) { self.sep(); self.out += "null"; }
    fn boolean(&mut self, v: bool) { self.sep(); self.out += if v { "true" } else { "false" }; }
    fn int(&mut self, v: i64) { self.sep(); self.out += &v.to_string(); }
    fn string(&mut self, v: &str) { self.sep(); self.out += &format!("{v:?}"); }
    fn begin_seq(&mut self, _len: usize) { self.sep(); self.out.push('['); self.need_comma.push(false); }
    fn end_seq(&mut self) { self.need_comma.pop(); self.out.push(']'); }
    fn begin_map(&mut self, _len: usize) { self.sep(); self.out.push('{'); self.need_comma.push(false); }
    fn key(&mut self, k: &str) { self.sep(); self.out += &format!("{k:?}:"); if let Some(f) = self.need_comma.last_mut() { *f = false; } }
    fn end_map(&mut self) { self.need_comma.pop(); self.out.push('}'); }
}

fn main() {
    let mut m = BTreeMap::new();
    m.insert("ids".to_string(), vec![Some(1u8), None, Some(3)]);
    m.insert("empty".to_string(), vec![]);
    let mut s = Compact::default();
    m.serialize(&mut s);
    println!("{}", s.out);
}
