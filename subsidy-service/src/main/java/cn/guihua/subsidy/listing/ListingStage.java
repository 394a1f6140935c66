package cn.guihua.subsidy.listing;

/** The events 临兰政字〔2022〕16号 rewards (001:478); each is the code of its rule and is paid once per enterprise. */
public enum ListingStage {
    SHAREHOLDING_REFORM, CSRC_ACCEPTANCE, DOMESTIC_LISTING, OVERSEAS_LISTING, BACKDOOR_RELOCATION,
    HEADQUARTERS_RELOCATION, NEEQ_LISTING, REGIONAL_EQUITY_LISTING
}
