/// Everything generated for one district unit (đơn vị cấp huyện) before it is written:
/// the sample is built and streamed one district at a time, so memory stays bounded by
/// the largest district, whatever the scale.
struct DistrictPlan {
    /// The shape of the district.
    var template: DistrictTemplate
    /// The district organization first, then every organization below it, parents
    /// before children.
    var organizations: [SampleOrganization]
    /// The villages of the district's communes.
    var villages: [SampleVillage]
    /// Every member of the district's chi bộ, including those who left.
    var members: [SampleMember]
}
