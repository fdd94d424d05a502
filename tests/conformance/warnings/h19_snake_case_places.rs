// lints: non_snake_case non_upper_case_globals
// Camel-cased names in parameters, fields, locals, patterns and statics.
static maxRetries: u32 = 3;
static mut_count: u32 = 0;
static Timeout_Ms: u64 = 250;

struct Packet {
    payloadLen: usize,
    CRC: u16,
    seq_no: u32,
}

fn checksum(Data: &[u8], initialValue: u16) -> u16 {
    let mut runningSum = initialValue;
    for (Idx, byte) in Data.iter().enumerate() {
        runningSum = runningSum.wrapping_add(*byte as u16 + Idx as u16);
    }
    runningSum
}

fn unpack(p: &Packet) -> usize {
    let Packet { payloadLen, CRC: crcValue, .. } = p;
    *payloadLen + *crcValue as usize
}

fn rename(p: &Packet) -> u32 {
    let Packet { seq_no: SeqNo, .. } = p;
    *SeqNo
}

fn tuple_pattern(pair: (u32, u32)) -> u32 {
    let (Left, right) = pair;
    Left + right
}

enum Reading {
    Value(u32),
    Missing,
}

fn matcher(v: Reading) -> u32 {
    match v {
        Reading::Value(InnerValue) => InnerValue,
        Reading::Missing => 0,
    }
}

fn with_ref(x: &u32) -> u32 {
    let &Deref = x;
    Deref
}

fn main() {
    let p = Packet { payloadLen: 4, CRC: 7, seq_no: 1 };
    println!("{}", checksum(&[1, 2], 0));
    println!("{} {}", unpack(&p), rename(&p));
    println!("{}", tuple_pattern((1, 2)));
    println!("{}", with_ref(&4));
    println!("{} {}", matcher(Reading::Value(2)), matcher(Reading::Missing));
    println!("{} {} {}", maxRetries, mut_count, Timeout_Ms);
    let NAME = 3;
    println!("{}", NAME);
}
