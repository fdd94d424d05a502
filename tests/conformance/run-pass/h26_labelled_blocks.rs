// Checksum validator: labelled blocks as early exits and consts feeding enum discriminants.
const CLASS_SHIFT: u8 = 4;
const BASE_OK: isize = 0x20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    Valid = BASE_OK,
    Short = BASE_OK + 1,
    BadSum = (BASE_OK << 1) as isize,
    BadHeader = (CLASS_SHIFT as isize) * 16 + 3,
}

fn check(frame: &[u8]) -> Verdict {
    'check: {
        let [header, body @ .., sum] = frame else {
            break 'check Verdict::Short;
        };
        if *header >> CLASS_SHIFT != 0xA {
            break 'check Verdict::BadHeader;
        }
        let mut acc: u8 = 0;
        for b in body {
            acc = acc.wrapping_add(*b);
        }
        if acc != *sum {
            break 'check Verdict::BadSum;
        }
        Verdict::Valid
    }
}

fn main() {
    let frames: [&[u8]; 4] = [&[0xA1, 1, 2, 3, 6], &[0xA1], &[0xB0, 1, 1], &[0xA0, 200, 100, 44]];
    for f in frames {
        let v = check(f);
        println!("{:?} -> {:?} ({})", f, v, v as i32);
    }
    let worst = 'scan: {
        for f in frames {
            if check(f) == Verdict::BadHeader {
                break 'scan Verdict::BadHeader;
            }
        }
        Verdict::Valid
    };
    println!("worst {:?} {}", worst, Verdict::Short < Verdict::BadSum);
}
