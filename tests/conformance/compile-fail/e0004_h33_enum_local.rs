// Local enum with matches and impls inside a function.
fn run(cmds: &[u8]) -> i64 {
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Op {
        Inc,
        Dec,
        Double,
        Nop,
    }

    impl Op {
        fn from_byte(b: u8) -> Op {
            match b {
                b'+' => Op::Inc,
                b'-' => Op::Dec,
                b'*' => Op::Double,
                _ => Op::Nop,
            }
        }
    }

    let mut acc: i64 = 0;
    for &c in cmds {
        let op = Op::from_byte(c);
        acc = match op {
            Op::Inc => acc + 1,
            Op::Dec => acc - 1,
            Op::Double => acc * 2,
        };
    }
    acc
}

fn main() {
    println!("{}", run(b"++*-"));
    let x = Op::Inc;
}
