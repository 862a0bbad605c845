pub mod random_mt;
