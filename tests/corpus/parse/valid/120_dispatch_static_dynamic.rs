// Static dispatch with generics vs dynamic dispatch with dyn, and object safety with where Self: Sized.
use std::fmt::Debug;

pub trait Codec {
    fn name(&self) -> &str;
    fn encode(&self, input: &[u8]) -> Vec<u8>;

    fn decode_with<F: Fn(u8) -> u8>(&self, input: &[u8], f: F) -> Vec<u8>
    where
        Self: Sized,
    {
        input.iter().map(|&b| f(b)).collect()
    }

    fn boxed(self) -> Box<dyn Codec>
    where
        Self: Sized + 'static,
    {
        Box::new(self)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Xor(pub u8);

#[derive(Debug, Clone, Copy)]
pub struct Rot(pub u8);

impl Codec for Xor {
    fn name(&self) -> &str {
        "xor"
    }
    fn encode(&self, input: &[u8]) -> Vec<u8> {
        input.iter().map(|b| b ^ self.0).collect()
    }
}

impl Codec for Rot {
    fn name(&self) -> &str {
        "rot"
    }
    fn encode(&self, input: &[u8]) -> Vec<u8> {
        input.iter().map(|b| b.wrapping_add(self.0)).collect()
    }
}

fn encode_static<C: Codec + Debug>(c: &C, data: &[u8]) -> String {
    format!("{:?} -> {:?}", c, c.encode(data))
}

fn encode_dynamic(codecs: &[Box<dyn Codec>], data: &[u8]) -> Vec<u8> {
    codecs.iter().fold(data.to_vec(), |acc, c| c.encode(&acc))
}

fn pick(flag: bool) -> &'static dyn Codec {
    static X: Xor = Xor(0x20);
    static R: Rot = Rot(1);
    if flag { &X } else { &R }
}

fn main() {
    let data = b"Hello";
    println!("{}", encode_static(&Xor(1), data));
    let chain = vec![Xor(0x20).boxed(), Rot(3).boxed(), Box::new(Xor(0x20)) as Box<dyn Codec>];
    println!("{:?}", String::from_utf8_lossy(&encode_dynamic(&chain, data)));
    println!("{} {}", pick(true).name(), pick(false).name());
    println!("{:?}", Rot(1).decode_with(b"Ifmmp", |b| b - 1));
}
