// Sealed traits via a private supertrait, and extension traits adding methods to std types.
mod sealed {
    pub trait Sealed {}
    impl Sealed for u8 {}
    impl Sealed for u16 {}
    impl Sealed for u32 {}
}

pub trait Unsigned: sealed::Sealed + Copy + Into<u64> {
    const BITS: u32;

    fn leading_bit(self) -> Option<u32> {
        let v: u64 = self.into();
        (v != 0).then(|| 63 - v.leading_zeros())
    }
}

impl Unsigned for u8 {
    const BITS: u32 = 8;
}
impl Unsigned for u16 {
    const BITS: u32 = 16;
}
impl Unsigned for u32 {
    const BITS: u32 = 32;
}

pub trait StrExt {
    fn is_palindrome(&self) -> bool;
    fn word_count(&self) -> usize;
    fn truncate_chars(&self, n: usize) -> &str;
}

impl StrExt for str {
    fn is_palindrome(&self) -> bool {
        let cs: Vec<char> = self.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
        cs.iter().eq(cs.iter().rev())
    }

    fn word_count(&self) -> usize {
        self.split_whitespace().count()
    }

    fn truncate_chars(&self, n: usize) -> &str {
        match self.char_indices().nth(n) {
            Some((i, _)) => &self[..i],
            None => self,
        }
    }
}

pub trait VecExt<T> {
    fn push_if_absent(&mut self, v: T) -> bool
    where
        T: PartialEq;
}

impl<T> VecExt<T> for Vec<T> {
    fn push_if_absent(&mut self, v: T) -> bool
    where
        T: PartialEq,
    {
        if self.contains(&v) {
            false
        } else {
            self.push(v);
            true
        }
    }
}

fn describe<U: Unsigned>(v: U) -> String {
    format!("{}-bit value, top bit {:?}", U::BITS, v.leading_bit())
}

fn main() {
    println!("{} | {}", describe(0x80u8), describe(0u32));
    println!("{} {} {:?}", "A man, a plan, a canal: Panama".is_palindrome(), "one two  three".word_count(), "héllo".truncate_chars(2));
    let mut v = vec![1, 2];
    println!("{} {} {:?}", v.push_if_absent(2), v.push_if_absent(3), v);
}
